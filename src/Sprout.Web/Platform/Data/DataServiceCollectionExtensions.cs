using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Platform.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the pooled context for the configured provider and a scoped <see cref="SproutDbContext"/>
    /// whose <see cref="SchoolScope"/> is the current request's.
    /// </summary>
    public static IServiceCollection AddSproutData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton<DataChangeSignal>();
        services.AddSingleton<DataChangeCommandInterceptor>();
        services.AddSingleton<DataChangeTransactionInterceptor>();
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(options.ConnectionString);
                services.AddPooledDbContextFactory<SqliteSproutDbContext>((sp, o) => Intercepted(sp, Strict(o.UseSqlite(options.ConnectionString, s => s.MigrationsHistoryTable("__EFMigrationsHistory")), options)));
                services.AddScoped<SproutDbContext>(sp => Scoped(sp, sp.GetRequiredService<IDbContextFactory<SqliteSproutDbContext>>().CreateDbContext()));
                break;
            case DatabaseProvider.Postgres:
                services.AddPooledDbContextFactory<PostgresSproutDbContext>((sp, o) => Intercepted(sp, Strict(o.UseNpgsql(options.ConnectionString), options)));
                services.AddScoped<SproutDbContext>(sp => Scoped(sp, sp.GetRequiredService<IDbContextFactory<PostgresSproutDbContext>>().CreateDbContext()));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider không hợp lệ: {options.Provider}.");
        }
        services.AddSingleton<AuditAnchoring>();
        services.AddSingleton<SproutDbContextFactory>(); // only singletons behind it: background workers (singletons) use it too
        return services;
    }

    private static DbContextOptionsBuilder Intercepted(IServiceProvider services, DbContextOptionsBuilder builder) =>
        builder.AddInterceptors(services.GetRequiredService<DataChangeCommandInterceptor>(), services.GetRequiredService<DataChangeTransactionInterceptor>());

    private static DbContextOptionsBuilder Strict(DbContextOptionsBuilder builder, DatabaseOptions options) =>
        options.StrictQueries
            ? builder.ConfigureWarnings(w => w.Throw(RelationalEventId.MultipleCollectionIncludeWarning, CoreEventId.FirstWithoutOrderByAndFilterWarning))
            : builder;

    private static SproutDbContext Scoped(IServiceProvider services, SproutDbContext context)
    {
        context.Anchoring = services.GetRequiredService<AuditAnchoring>();
        var current = services.GetService<CurrentSchoolScope>();
        if (current is null)
        {
            context.Scope = SchoolScope.System;
        }
        else
        {
            context.UseCurrentScope(current);
        }
        return context;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}

/// <summary>Makes short-lived contexts with an explicit scope, for background and system work.</summary>
public sealed class SproutDbContextFactory(IServiceProvider services, DatabaseOptions options)
{
    public SproutDbContext Create(SchoolScope scope)
    {
        SproutDbContext context = options.Provider == DatabaseProvider.Postgres
            ? services.GetRequiredService<IDbContextFactory<PostgresSproutDbContext>>().CreateDbContext()
            : services.GetRequiredService<IDbContextFactory<SqliteSproutDbContext>>().CreateDbContext();
        context.Scope = scope;
        context.Anchoring = services.GetRequiredService<AuditAnchoring>();
        return context;
    }
}
