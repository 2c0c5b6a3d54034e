using System.Reflection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Children;
using Sprout.Web.Modules.Parents;
using Sprout.Web.Modules.Staff;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Schools;

namespace Sprout.Web.Platform.Data;

/// <summary>
/// The one model of Sprout. Provider-specific subclasses exist only so that each provider keeps
/// its own migrations set (see docs/decisions/0002-two-migrations-sets.md).
/// </summary>
public abstract class SproutDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, AppRole, int>(options)
{
    private static readonly MethodInfo ApplySchoolFilterMethod =
        typeof(SproutDbContext).GetMethod(nameof(ApplySchoolFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private SchoolScope? _fixedScope;
    private CurrentSchoolScope? _currentScope;

    /// <summary>
    /// Who is asking. In a request it is read at query time, not when the context is made: Identity
    /// builds a context while authenticating, before the request knows its user. Set explicitly for system work.
    /// </summary>
    public SchoolScope Scope
    {
        get => _fixedScope ?? _currentScope?.Value ?? SchoolScope.Nobody;
        set
        {
            _fixedScope = value;
            _currentScope = null;
        }
    }

    internal void UseCurrentScope(CurrentSchoolScope current)
    {
        _fixedScope = null;
        _currentScope = current;
    }

    // Read by the query filters; EF evaluates these per query, per context instance.
    private bool FilterBySchool => Scope.FilterBySchool;
    private int? CurrentSchoolId => Scope.SchoolId;

    public DbSet<Ward> Wards => Set<Ward>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Classroom> Classrooms => Set<Classroom>();
    public DbSet<ClassroomTeacher> ClassroomTeachers => Set<ClassroomTeacher>();
    public DbSet<Child> Children => Set<Child>();
    public DbSet<Guardian> Guardians => Set<Guardian>();
    public DbSet<ChildGuardian> ChildGuardians => Set<ChildGuardian>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<PartyMember> PartyMembers => Set<PartyMember>();
    public DbSet<GuardianInvitation> GuardianInvitations => Set<GuardianInvitation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SproutDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().ToList())
        {
            if (typeof(ISchoolOwned).IsAssignableFrom(entityType.ClrType))
            {
                builder.Entity(entityType.ClrType).HasOne(typeof(School)).WithMany().HasForeignKey(nameof(ISchoolOwned.SchoolId)).OnDelete(DeleteBehavior.Restrict);
                ApplySchoolFilterMethod.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
            }
        }
    }

    private void ApplySchoolFilter<T>(ModelBuilder builder)
        where T : class, ISchoolOwned =>
        builder.Entity<T>().HasQueryFilter(e => !FilterBySchool || e.SchoolId == CurrentSchoolId);

    /// <summary>The audit chain's anchor (HMAC key, checkpoints), attached by whatever made this context.</summary>
    public AuditAnchoring? Anchoring { get; internal set; }

    /// <summary>True inside <see cref="BeginAuditedTransactionAsync"/>: its saves already hold the audit chain.</summary>
    internal bool HoldsAuditChain { get; set; }

    /// <summary>
    /// A transaction for several saves. Use it rather than Database.BeginTransactionAsync when any of them touches
    /// personal data: it takes the audit chain's lock before the database's write lock, never the other way round.
    /// </summary>
    public Task<AuditedTransaction> BeginAuditedTransactionAsync(CancellationToken ct) => AuditedSave.BeginTransactionAsync(this, ct);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Scope.ReadOnly && ChangesSchoolData())
        {
            throw new ReadOnlyScopeException();
        }
        return SaveTrackedAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private async Task<int> SaveTrackedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var today = Text.VietnameseFormat.Today(TimeProvider.System);
        // One change detection for the steps before the save (each Entries() would detect again); the audit and
        // EF's own save detect what these steps changed.
        ChangeTracker.DetectChanges();
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await ClassHistory.TrackAsync(this, today, cancellationToken);
            SearchText.RefoldChanged(this);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
        return await AuditedSave.SaveAsync(this, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
    }

    // Read-only users (the ward) still keep their own account: sign-in counters, authenticator key.
    private bool ChangesSchoolData() => ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && e.Entity is ISchoolOwned or School or Ward or AuditEntry);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        // The audit chain needs an awaited lock; every caller in Sprout saves asynchronously.
        throw new NotSupportedException("Use SaveChangesAsync: personal-data changes are audited asynchronously.");
    }
}

public sealed class SqliteSproutDbContext(DbContextOptions<SqliteSproutDbContext> options) : SproutDbContext(options);

public sealed class PostgresSproutDbContext(DbContextOptions<PostgresSproutDbContext> options) : SproutDbContext(options);
