using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Projections.Allocations;
using Journey.Projections.Reviews;
using Journey.Projections.Timeliness;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace Journey.Api.OpenClocks;

/// <summary>
/// A clock still running today, or the next visit, review, contact or supervision due in an open
/// episode (no start date or elapsed time: it runs from the last one held), with who holds the case.
/// <see cref="ElapsedUnit"/> says what a clock's elapsed figure counts (decision 106).
/// </summary>
public sealed record OpenClock(
    string ChildId,
    string Measure,
    int Episode,
    DateOnly? StartDate,
    DateOnly DueDate,
    DateTimeOffset? DueAt,
    decimal? Elapsed,
    string? ElapsedUnit,
    string Status,
    string? Team,
    string? Worker);

public static class OpenClocksEndpoint
{
    /// <summary>
    /// The daily work list team managers work from: every clock still running now and the next
    /// visit, review, contact or supervision due in every open plan, placement or episode, overdue
    /// first then by due date, with the team and worker currently holding the case (none when unallocated).
    /// </summary>
    [WolverineGet("/api/open-clocks"), Tags("Measures"), EndpointSummary("What is due and overdue today, by team and worker.")]
    [ProducesResponseType<OpenClock[]>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadRows)]
    public static async Task<IResult> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? team = null, string? worker = null, string? measure = null, bool overdueOnly = false)
    {
        // A measure that is not one would silently list nothing: an empty work list that looks like a clear one.
        if (measure is not null && !Measures.Contains(measure))
            return JourneyProblems.InvalidQuery("The open-clocks query is not valid.",
                [new RuleViolation("measure", "known-measure", $"measure '{measure}' is not one of {string.Join(", ", Measures)}.")]);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            WITH due AS (
              SELECT child_id, measure, episode, start_date, due_date, due_at, elapsed, {MeasureSchema.ElapsedUnitFunctionName}(unit) AS elapsed_unit, status
              FROM {MeasureSchema.Schema}.measures_as_at(@now)
              UNION ALL
              SELECT n.child_id, n.measure, n.episode, NULL::date, n.due_date, NULL::timestamptz, NULL::numeric, NULL::text, n.status
              FROM ({ReviewChains.NextDue("@now")}) n
            )
            SELECT m.child_id, m.measure, m.episode, m.start_date, m.due_date, m.due_at, m.elapsed, m.elapsed_unit, m.status, a.team, a.worker
            FROM due m
            LEFT JOIN {AllocationProjection.CurrentView} a ON a.child_id = m.child_id
            WHERE m.status IN ('open-in-time', 'open-overdue')
              AND (NOT @overdue OR m.status = 'open-overdue')
              AND (@team::text IS NULL OR a.team = @team)
              AND (@worker::text IS NULL OR a.worker = @worker)
              AND (@measure::text IS NULL OR m.measure = @measure)
              AND {scope.Sql("m.child_id")}
            ORDER BY m.status = 'open-overdue' DESC, {scope.Dated("m.measure", "m.due_date")}, m.child_id, m.measure
            """, connection);
        command.Parameters.AddWithValue("now", clock.GetUtcNow().ToUniversalTime());
        command.Parameters.AddWithValue("overdue", overdueOnly);
        command.Parameters.Add(new NpgsqlParameter("team", (object?)team ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("worker", (object?)worker ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("measure", (object?)measure ?? DBNull.Value));
        scope.AddParameters(command);
        var rows = new List<OpenClock>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new OpenClock(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                reader.GetFieldValue<DateOnly>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetDecimal(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10)));
        return Results.Ok(rows);
    }

    /// <summary>What a clock in the list can be: a timeliness measure, or the next event due in a chain.</summary>
    public static IReadOnlyList<string> Measures { get; } =
        [.. Journey.Domain.Timescales.Measures.All, .. ReviewChains.All.Select(c => c.Name)];
}
