using Journey.Api.Authorisation;
using Journey.Api.Hosting;
using Journey.Api.Recording;
using Journey.Api.Reviews;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;
using Journey.Projections.Allocations;
using Journey.Projections.Reviews;
using Journey.Projections.Supervision;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace Journey.Api.Supervision;

/// <summary>
/// One supervision in a chain, held (met or late) or next due (open-in-time or open-overdue), with who holds the case now,
/// and the fields every chain row has after them (decision 107).
/// </summary>
public sealed record SupervisionChainRow(string Kind, string ChildId, int Episode, int Supervision, DateOnly? DueDate, DateTimeOffset? HeldAt,
    string Status, string? Team, string? Worker, DateOnly? DueFrom, string? RuleId, string Chain, int Ordinal, DateTimeOffset? OccurredAt,
    decimal? Elapsed, string? ElapsedUnit) : IChainRow;

public static class SupervisionChainsEndpoint
{
    public static readonly IReadOnlyList<string> Statuses = ["met", "late", "open-in-time", "open-overdue", "no-rule"];
    // The columns every chain row has follow the supervision's own, so a reader of the older columns by position still reads them (decision 107).
    private const string CsvHeader = "kind,child_id,episode,supervision,due_date,held_at,status,team,worker,due_from,rule_id,chain,ordinal,occurred_at,elapsed,elapsed_unit";

    /// <summary>
    /// Case supervision chained over every episode the child had open on each supervision's date,
    /// as it stood at asAt (default now; with asRecorded, only what had been recorded by then): child
    /// protection plans (the rulebook's protection-supervision interval, 4 weeks), child in need plans
    /// and episodes of care (8 weeks), each due from the episode's start or the previous supervision,
    /// and the next one due.
    /// </summary>
    [WolverineGet("/api/supervisions"), Tags("Measures"), EndpointSummary("Case supervision chained per protection plan, child in need plan and episode of care.")]
    [ProducesResponseType<SupervisionChainRow[]>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadRows)]
    public static Task<IResult> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? kind = null, string? status = null, string? childId = null, string? team = null, string? worker = null,
        DateOnly? from = null, DateOnly? to = null, DateOnly? asAt = null, bool asRecorded = false) =>
        Query(store, scope, clock, cancellation, kind, status, childId, team, worker, from, to, asAt, asRecorded, rows => Results.Ok(rows));

    [WolverineGet("/api/supervisions.csv"), Tags("Measures"), EndpointSummary("The same supervision chains as CSV.")]
    [ProducesResponseType<string>(200, "text/csv"), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadRows)]
    public static Task<IResult> GetCsv(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? kind = null, string? status = null, string? childId = null, string? team = null, string? worker = null,
        DateOnly? from = null, DateOnly? to = null, DateOnly? asAt = null, bool asRecorded = false) =>
        Query(store, scope, clock, cancellation, kind, status, childId, team, worker, from, to, asAt, asRecorded,
            rows => CsvText.Result(CsvHeader, rows, r =>
            [
                r.Kind, r.ChildId, CsvText.Number(r.Episode), CsvText.Number(r.Supervision), CsvText.Date(r.DueDate), CsvText.Instant(r.HeldAt),
                r.Status, r.Team ?? "", r.Worker ?? "", CsvText.Date(r.DueFrom), r.RuleId ?? "", r.Chain, CsvText.Number(r.Ordinal),
                CsvText.Instant(r.OccurredAt), CsvText.Number(r.Elapsed), r.ElapsedUnit ?? ""
            ]));

    private static async Task<IResult> Query(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? kind, string? status, string? childId, string? team, string? worker, DateOnly? from, DateOnly? to, DateOnly? asAt,
        bool asRecorded, Func<IReadOnlyList<SupervisionChainRow>, IResult> answer)
    {
        var problems = new List<RuleViolation>();
        if (kind is not null && !SupervisionProjection.Kinds.All.Contains(kind))
            problems.Add(new("kind", "known-kind", $"kind '{kind}' is not one of {string.Join(", ", SupervisionProjection.Kinds.All)}."));
        if (status is not null && !Statuses.Contains(status))
            problems.Add(new("status", "known-status", $"status '{status}' is not one of {string.Join(", ", Statuses)}."));
        if (from > to) problems.Add(new("to", "period-ordered", $"to ({to:yyyy-MM-dd}) is before from ({from:yyyy-MM-dd})."));
        if (problems.Count > 0) return JourneyProblems.InvalidQuery("The supervision query is not valid.", problems);

        var instant = asAt is { } day ? UkTime.EndOf(day) : clock.GetUtcNow();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        // The period (from/to, inclusive) applies to the due date: the supervisions that fell due in a month.
        await using var command = new NpgsqlCommand($"""
            SELECT s.kind, s.child_id, s.episode, s.supervision, s.due_date, s.held_at, s.status, a.team, a.worker,
                   s.due_from, s.rule_id, {ChainElapsed.Elapsed("s", "@as_at")}, {ChainElapsed.ElapsedUnit("s")}
            FROM {SupervisionProjection.AllChainsFunctionName}(@as_at, @as_recorded) s
            {ChainElapsed.RuleJoin("s")}
            LEFT JOIN {AllocationProjection.CurrentView} a ON a.child_id = s.child_id
            WHERE (@kind::text IS NULL OR s.kind = @kind)
              AND (@status::text IS NULL OR s.status = @status)
              AND (@child::text IS NULL OR s.child_id = @child) AND {scope.Sql("s.child_id")}
              AND (@team::text IS NULL OR a.team = @team)
              AND (@worker::text IS NULL OR a.worker = @worker)
              AND (@from::date IS NULL OR s.due_date >= @from)
              AND (@to::date IS NULL OR s.due_date <= @to)
            ORDER BY s.kind, s.child_id, s.episode, s.supervision
            LIMIT 100000
            """, connection);
        command.Parameters.AddWithValue("as_at", instant.ToUniversalTime());
        command.Parameters.AddWithValue("as_recorded", asRecorded);
        foreach (var (name, value) in new (string, object?)[] { ("kind", kind), ("status", status), ("child", childId), ("team", team), ("worker", worker) })
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Text) { Value = value ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlTypes.NpgsqlDbType.Date) { Value = (object?)from ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlTypes.NpgsqlDbType.Date) { Value = (object?)to ?? DBNull.Value });
        scope.AddParameters(command);
        var rows = new List<SupervisionChainRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new SupervisionChainRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5), reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetFieldValue<DateOnly>(9), reader.IsDBNull(10) ? null : reader.GetString(10),
                $"{reader.GetString(0)}-supervision", reader.GetInt32(3), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(11) ? null : reader.GetDecimal(11), reader.IsDBNull(12) ? null : reader.GetString(12)));
        return answer(rows);
    }
}
