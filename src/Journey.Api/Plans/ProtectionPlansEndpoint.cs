using Journey.Api.Authorisation;
using Journey.Api.Reviews;
using Journey.Domain.Timescales;
using Journey.Projections.Plans;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace Journey.Api.Plans;

public sealed record ProtectionPlanRow(string ChildId, int PlanNumber, DateTimeOffset StartedAt, string Category, DateTimeOffset? EndedAt,
    int DurationDays, bool LastedTwoYears, bool EndedWithinThreeMonths, bool RepeatPlan, bool RepeatWithinTwoYears);

public sealed record ReviewConferenceRow(string ChildId, int PlanNumber, int Review, DateOnly? DueDate, DateTimeOffset? HeldAt, string Status, DateOnly? DueFrom, string? RuleId,
    string Chain, int Episode, int Ordinal, DateTimeOffset? OccurredAt, decimal? Elapsed, string? ElapsedUnit) : IChainRow;

public sealed record ProtectionVisitRow(string ChildId, int PlanNumber, int Visit, DateOnly? DueDate, DateTimeOffset? VisitedAt, string Status, DateOnly? DueFrom, string? RuleId,
    string Chain, int Episode, int Ordinal, DateTimeOffset? OccurredAt, decimal? Elapsed, string? ElapsedUnit) : IChainRow;

public static class ProtectionPlansEndpoint
{
    /// <summary>
    /// Each plan's visits in which the child was seen, as they stood at asAt (default now; with
    /// asRecorded, only what had been recorded by then): each due within the rulebook's
    /// protection-visit interval (10 working days since April 2018, 6 weeks before) of the plan's start
    /// or the previous visit, and the next one due.
    /// </summary>
    [WolverineGet("/api/protection-plans/visits"), Tags("Measures"), EndpointSummary("Child protection visits chained on the dates the child was seen.")]
    [ProducesResponseType<ProtectionVisitRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static async Task<IReadOnlyList<ProtectionVisitRow>> GetVisits(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, bool asRecorded = false) =>
        (await ReviewChainQuery.ReadAsync(store, scope, clock, ProtectionPlanProjection.VisitChainFunctionName, "plan_number", "visit", childId, asAt, asRecorded, cancellation))
            .Select(r => new ProtectionVisitRow(r.ChildId, r.Number, r.Review, r.DueDate, r.HeldAt, r.Status,
                r.DueFrom, r.RuleId, r.Chain, r.Number, r.Review, r.HeldAt, r.Elapsed, r.ElapsedUnit)).ToList();

    /// <summary>
    /// Each plan's review conferences as they stood at asAt (default now; with asRecorded, only what
    /// had been recorded by then): the first due 3 months after the plan began, each later one 6 months
    /// after the previous review held, and the next due.
    /// </summary>
    [WolverineGet("/api/protection-plans/reviews"), Tags("Measures"), EndpointSummary("Review conferences chained on the dates they were held.")]
    [ProducesResponseType<ReviewConferenceRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static async Task<IReadOnlyList<ReviewConferenceRow>> GetReviews(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, bool asRecorded = false) =>
        (await ReviewChainQuery.ReadAsync(store, scope, clock, ProtectionPlanProjection.ReviewChainFunctionName, "plan_number", "review", childId, asAt, asRecorded, cancellation))
            .Select(r => new ReviewConferenceRow(r.ChildId, r.Number, r.Review, r.DueDate, r.HeldAt, r.Status,
                r.DueFrom, r.RuleId, r.Chain, r.Number, r.Review, r.HeldAt, r.Elapsed, r.ElapsedUnit)).ToList();

    /// <summary>
    /// Child protection plans as they stood at asAt (default now; with asRecorded, only what had been
    /// recorded by then), with duration and repeat flags by the rulebook.
    /// </summary>
    [WolverineGet("/api/protection-plans"), Tags("Measures"), EndpointSummary("Protection plans with duration and repeat-plan flags.")]
    [ProducesResponseType<ProtectionPlanRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static async Task<IReadOnlyList<ProtectionPlanRow>> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, bool asRecorded = false)
    {
        var instant = asAt is { } day ? UkTime.EndOf(day) : clock.GetUtcNow();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            SELECT child_id, plan_number, started_at, category, ended_at, duration_days, lasted_two_years,
                   ended_within_three_months, repeat_plan, repeat_within_two_years
            FROM {ProtectionPlanProjection.AsAtFunction}(@as_at, @as_recorded)
            WHERE (@child::text IS NULL OR child_id = @child) AND {scope.Sql("child_id")}
            ORDER BY started_at, child_id
            LIMIT 100000
            """, connection);
        command.Parameters.AddWithValue("as_at", instant.ToUniversalTime());
        command.Parameters.AddWithValue("as_recorded", asRecorded);
        command.Parameters.Add(new NpgsqlParameter("child", (object?)childId ?? DBNull.Value));
        scope.AddParameters(command);
        var rows = new List<ProtectionPlanRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new ProtectionPlanRow(reader.GetString(0), reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(5), reader.GetBoolean(6),
                reader.GetBoolean(7), reader.GetBoolean(8), reader.GetBoolean(9)));
        return rows;
    }
}
