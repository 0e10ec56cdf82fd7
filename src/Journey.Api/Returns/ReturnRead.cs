using System.Data;
using JasperFx.Events;
using Journey.Api.Access;
using Journey.Api.Hosting;
using Journey.Api.Retention;
using Journey.Projections.Access;
using Marten;
using Npgsql;
using SessionOptions = Marten.Services.SessionOptions;

namespace Journey.Api.Returns;

/// <summary>
/// What the API and the command share: a return built from every journey as recorded by the instant asked for,
/// and the access-log row that names exactly the children in what is answered, written after the build (only then
/// are they known) and before anything is answered or written out (decision 82).
/// </summary>
public static class ReturnRead
{
    /// <summary>
    /// Every journey is read in one read-only transaction at one snapshot (repeatable read), so the return holds every
    /// child as the store stood at one moment however long the read takes; reading every event is one statement as long
    /// as the store is large, so the service's statement timeout (decision 76) is lifted for this transaction only, as
    /// the whole-store verification does.
    /// </summary>
    public static async Task<ReturnBuild> Build(IStatutoryReturn statutoryReturn, ReturnParameters parameters, IDocumentStore store, CancellationToken cancellation)
    {
        // The event store's schema check first, outside the read: a command (which may change the schema) otherwise makes
        // it at its first query of the events, inside the read, and its DDL waits on the tables the read already holds
        // (the KPI months' marking triggers are dropped and made again on their tables) until it times out.
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(IEvent), cancellation);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellation);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY; SET LOCAL statement_timeout = 0", connection, transaction))
            await readOnly.ExecuteNonQueryAsync(cancellation);
        await using var session = store.QuerySession(SessionOptions.ForTransaction(transaction));
        return await statutoryReturn.Build(parameters, session, StoredJourneys.All(session, parameters.AsRecordedAt, cancellation), cancellation);
    }

    /// <summary>The read, as a return: scope <c>return</c>, and every child named, sorted.</summary>
    public static AccessRead Naming(AccessRead read, IEnumerable<string> children) =>
        read with { Scope = AccessLogSchema.ReturnScope, ChildIds = children.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() };

    /// <summary>Writes the row and gives the connection back to the pool; a failure is the caller's to refuse on.</summary>
    public static async Task Log(RequestConnection connection, AccessRead read, CancellationToken cancellation)
    {
        try
        {
            await AccessLogWriter.Write(connection, read, cancellation);
        }
        finally
        {
            await connection.Release();
        }
    }
}
