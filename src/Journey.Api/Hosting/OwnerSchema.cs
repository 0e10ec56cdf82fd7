using JasperFx;
using Journey.Projections.Roles;
using Marten;
using Npgsql;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using Wolverine.Persistence.Durability;

namespace Journey.Api.Hosting;

/// <summary>
/// The schema owner's work (decision 58): Marten's and Wolverine's objects exactly as this host defines them
/// (the same objects db-apply applies), migrated through the owner's connection rather than the store's, then
/// the grants, the pseudonym key and the analysts' views (<see cref="DatabaseAccess"/>). The service's own
/// connection, as the application role, never runs DDL.
/// </summary>
public static class OwnerSchema
{
    public static async Task<DatabaseAccessReport> Apply(IServiceProvider services, CancellationToken cancellation)
    {
        var log = new DdlLog(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OwnerSchema)));
        var configuration = services.GetRequiredService<IConfiguration>();
        IDatabase[] databases =
        [
            services.GetRequiredService<IDocumentStore>().Storage.Database,
            (IDatabase)services.GetRequiredService<IMessageStore>(),
        ];
        await using var source = NpgsqlDataSource.Create(JourneyDatabase.OwnerConnectionString(configuration));
        await using var connection = await source.OpenConnectionAsync(cancellation);
        foreach (var database in databases)
        {
            var migration = await SchemaMigration.DetermineAsync(connection, cancellation, database.AllObjects().ToArray());
            if (migration.Difference != SchemaPatchDifference.None)
                await new PostgresqlMigrator().ApplyAllAsync(connection, migration, AutoCreate.CreateOrUpdate, log, cancellation);
        }
        return await DatabaseAccess.Apply(connection, JourneyDatabase.Roles(configuration), configuration["Journey:Pseudonyms:Key"], cancellation);
    }
}

/// <summary>The DDL applied, at Debug in the service's log rather than on the console (Weasel's default).</summary>
internal sealed class DdlLog(ILogger logger) : IMigrationLogger
{
    public void SchemaChange(string sql) => logger.LogDebug("Schema change: {Sql}", sql);
    public void OnFailure(System.Data.Common.DbCommand command, Exception ex) => logger.LogError(ex, "Schema change failed: {Sql}", command.CommandText);
    public void DestructiveChange(string sql) => logger.LogWarning("Destructive schema change: {Sql}", sql);
    public void WithheldDrop(string sql) => logger.LogInformation("Drop withheld: {Sql}", sql);
}

/// <summary>
/// Development start-up with the schema applied (Journey:Database:ApplySchemaOnStartup): the owner's work done in
/// StartingAsync, before any hosted service starts (Marten's seeding and daemon, Wolverine's durability agents).
/// </summary>
public sealed class OwnerSchemaOnStartup(IServiceProvider services, ILogger<OwnerSchemaOnStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var report = await OwnerSchema.Apply(services, cancellationToken);
        if (!report.ServiceRoleGranted || !report.AnalystRoleGranted || !report.KeyWritten)
            logger.LogWarning("Schema applied, but: service role granted {Service}, analyst role granted {Analyst}, pseudonym key written {Key} (docs/operations.md, Database roles)",
                report.ServiceRoleGranted, report.AnalystRoleGranted, report.KeyWritten);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
