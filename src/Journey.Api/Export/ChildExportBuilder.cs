using Journey.Api.Authorisation;
using Journey.Api.Measures;
using Journey.Api.Timeline;
using Journey.Projections.Reviews;
using Marten;
using Npgsql;

namespace Journey.Api.Export;

/// <summary>Gathers a child's export: the timeline as asked for, then the measures and chains at the matching instant.</summary>
public static class ChildExportBuilder
{
    /// <summary>
    /// Measures and chains stand at the earlier of asRecordedAt and asOccurredAt (now when neither
    /// is given); with asRecordedAt the measures count only what had been recorded by then. Chains
    /// are as they stood at that instant, counting what is recorded now.
    /// </summary>
    public static async Task<(ChildExport? Export, IResult? Problem)> Build(string childId, IQuerySession session, IDocumentStore store,
        TimeProvider clock, string generatedBy, string? asRecordedAt, string? asOccurredAt, CancellationToken cancellation)
    {
        var (timeline, problem) = await TimelineEndpoint.Read(childId, session, asRecordedAt, asOccurredAt, cancellation);
        if (problem is not null) return (null, problem);
        var now = clock.GetUtcNow();
        var recordedBy = TimelineEndpoint.Instant(asRecordedAt, "asRecordedAt");
        var occurredBy = TimelineEndpoint.Instant(asOccurredAt, "asOccurredAt");
        var asAt = new[] { recordedBy, occurredBy }.Where(i => i is not null).Min() ?? now;
        // The export names one child, already checked by the access rule: its rows are not filtered again.
        var measures = await MeasureQuery.Run(store, ReadScope.Everything,
            new MeasureFilter(null, null, childId, null, null, null, "start", asAt, AsRecorded: recordedBy is not null, Limit: MeasureFilter.MaxLimit), cancellation);
        var chains = await Chains(store, childId, asAt, cancellation);
        return (new ChildExport(childId, now, generatedBy, recordedBy, occurredBy, asAt, recordedBy is not null,
            timeline!.Version, timeline.Entries, measures, chains), null);
    }

    private static async Task<IReadOnlyList<ExportChainRow>> Chains(IDocumentStore store, string childId, DateTimeOffset asAt, CancellationToken cancellation)
    {
        // Every chain function returns (child_id, episode, ordinal, due_date, held_at, status) under its own column names.
        var sql = string.Join("\nUNION ALL\n", ReviewChains.All.Select((c, i) => $"""
            SELECT '{c.Name}'::text AS chain, {i} AS position, c.episode, c.ordinal, c.due_date, c.held_at, c.status
            FROM {c.Function}(@as_at) AS c(child_id, episode, ordinal, due_date, held_at, status)
            WHERE c.child_id = @child
            """));
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"SELECT chain, episode, ordinal, due_date, held_at, status FROM ({sql}) x ORDER BY position, episode, ordinal", connection);
        command.Parameters.AddWithValue("as_at", asAt.ToUniversalTime());
        command.Parameters.AddWithValue("child", childId);
        var rows = new List<ExportChainRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new ExportChainRow(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5)));
        return rows;
    }
}
