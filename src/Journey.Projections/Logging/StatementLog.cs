using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Journey.Projections.Logging;

/// <summary>
/// Marten's log of the statements it runs, without what they carry (decision 70). Marten's own logger
/// writes every parameter of a failed command at Error (the whole event, a child's concerns included) and
/// of every command at Debug, with the exception's full text; this one writes the statement's SQL, which
/// holds placeholders and never a value, and the failure's kind (<see cref="FailureKind"/>). Set on the
/// store in <see cref="JourneyStore.AddJourneyStore"/>; since the store then has a logger of its own,
/// Marten hands Npgsql no logger factory either, so Npgsql logs nothing, parameters included.
/// </summary>
public sealed class StatementLog(ILogger logger) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => logger.LogInformation("Schema change: {Sql}", sql);

    public void LogSuccess(NpgsqlCommand command)
    {
        if (logger.IsEnabled(LogLevel.Debug)) logger.LogDebug("Executed: {Sql}", command.CommandText);
    }

    public void LogSuccess(NpgsqlBatch batch)
    {
        if (logger.IsEnabled(LogLevel.Debug)) logger.LogDebug("Executed: {Sql}", Statements(batch));
    }

    public void LogFailure(NpgsqlCommand command, Exception ex) =>
        logger.LogError("A statement failed ({Failure}): {Sql}", FailureKind.Of(ex), command.CommandText);

    public void LogFailure(NpgsqlBatch batch, Exception ex) =>
        logger.LogError("A batch of statements failed ({Failure}): {Sql}", FailureKind.Of(ex), Statements(batch));

    // Marten's own words ("Failure trying to rollback an exception"), never the exception's.
    public void LogFailure(Exception ex, string message) => logger.LogError("{Message} ({Failure})", message, FailureKind.Of(ex));

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit)
    {
        if (logger.IsEnabled(LogLevel.Debug))
            logger.LogDebug("Saved {Inserted} inserts, {Updated} updates and {Deleted} deletions.", commit.Inserted.Count(), commit.Updated.Count(), commit.Deleted.Count());
    }

    public void OnBeforeExecute(NpgsqlCommand command) { }

    public void OnBeforeExecute(NpgsqlBatch batch) { }

    private static string Statements(NpgsqlBatch batch) => string.Join(Environment.NewLine, batch.BatchCommands.OfType<NpgsqlBatchCommand>().Select(c => c.CommandText));
}
