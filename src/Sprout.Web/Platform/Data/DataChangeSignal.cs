using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sprout.Web.Platform.Data;

/// <summary>
/// A number that moves on every write this process makes to the database, whoever makes it: every command of the
/// context that is not a read (SaveChanges, ExecuteUpdate/ExecuteDelete, raw SQL) and every commit. What is kept
/// from the database in memory (the per-user page cache) keys on it, so no module service has to remember to say
/// that its write changed something (docs/decisions/0240-page-cache-per-user.md).
/// </summary>
public sealed class DataChangeSignal
{
    private long _generation;

    /// <summary>Moves after the write has been executed, and again after its transaction commits.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Raised after <see cref="Generation"/> has moved.</summary>
    public event Action? Changed;

    public void Raise()
    {
        Interlocked.Increment(ref _generation);
        Changed?.Invoke();
    }

    /// <summary>
    /// Anything but a read counts as a write: a command EF or a service sends that is not recognised moves the
    /// number too (a needless eviction costs one render; a missed one shows an old page).
    /// </summary>
    public static bool IsWrite(string sql)
    {
        var span = sql.AsSpan();
        while (true)
        {
            span = span.TrimStart();
            if (span.StartsWith("--", StringComparison.Ordinal))
            {
                var end = span.IndexOf('\n');
                span = end < 0 ? [] : span[(end + 1)..];
                continue;
            }
            if (span.StartsWith("/*", StringComparison.Ordinal))
            {
                var end = span.IndexOf("*/", StringComparison.Ordinal);
                span = end < 0 ? [] : span[(end + 2)..];
                continue;
            }
            break;
        }
        return !(span.IsEmpty || StartsWithWord(span, "SELECT") || StartsWithWord(span, "PRAGMA") || StartsWithWord(span, "EXPLAIN") || StartsWithWord(span, "SHOW"));
    }

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));
}

/// <summary>Raises the signal after each write command the contexts execute.</summary>
internal sealed class DataChangeCommandInterceptor(DataChangeSignal signal) : DbCommandInterceptor
{
    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Notify(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Notify(command);
        return ValueTask.FromResult(result);
    }

    // A batch's later statements run while its reader is read (INSERT … RETURNING): signalled again when it closes.
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Notify(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Notify(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Notify(command);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Notify(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Notify(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Notify(command);
        return ValueTask.FromResult(result);
    }

    private void Notify(DbCommand command)
    {
        if (DataChangeSignal.IsWrite(command.CommandText))
        {
            signal.Raise();
        }
    }
}

/// <summary>
/// Raises the signal after every commit: a request that began after a write's command but read before its commit
/// saw the old rows, and what it kept is set aside by this second move.
/// </summary>
internal sealed class DataChangeTransactionInterceptor(DataChangeSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Raise();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Raise();
        return Task.CompletedTask;
    }
}
