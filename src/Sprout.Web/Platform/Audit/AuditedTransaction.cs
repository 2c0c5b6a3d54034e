using Microsoft.EntityFrameworkCore.Storage;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Audit;

/// <summary>A database transaction opened after the audit chain's lock, which it releases when disposed.</summary>
public sealed class AuditedTransaction : IAsyncDisposable
{
    private readonly SproutDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private SemaphoreSlim? _chainLock;

    internal AuditedTransaction(SproutDbContext db, IDbContextTransaction transaction, SemaphoreSlim chainLock)
    {
        _db = db;
        _transaction = transaction;
        _chainLock = chainLock;
    }

    public Task CommitAsync(CancellationToken ct) => _transaction.CommitAsync(ct);

    /// <summary>Disposing without a commit rolls back, as a plain transaction does.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.DisposeAsync();
        }
        finally
        {
            if (_chainLock is not null)
            {
                _db.HoldsAuditChain = false;
                _chainLock.Release();
                _chainLock = null;
            }
        }
    }
}
