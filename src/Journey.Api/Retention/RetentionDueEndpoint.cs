using System.Globalization;
using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Retention;
using Journey.Domain.Timescales;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Retention;

/// <summary>
/// A child whose record's retention period has ended on the date asked about: the day it ended, the
/// kind of record and the rule applied (with what it counts from), and the hold that keeps it, if any.
/// </summary>
public sealed record RetentionDue(
    string ChildId,
    DateOnly EndsOn,
    string Kind,
    string Rule,
    string Starts,
    DateOnly StartsOn,
    int Years,
    bool BirthAssumed,
    string? Hold);

/// <summary>
/// The records manager's list of children due for disposal (decision 66): a list naming children, so
/// logged as a list read (AccessLogPolicy) and limited to the children the caller may read (ReadScope:
/// administrators and auditors read every child). Every journey is judged by the domain's own
/// retention period, folded from the events in one streamed pass.
/// </summary>
public static class RetentionDueEndpoint
{
    public const string Route = "/api/retention/due";
    public const int DefaultLimit = 1000;
    public const int MaxLimit = 100_000;

    /// <param name="asAt">The UK date to judge on (yyyy-MM-dd); today when absent. A record is due on the day its period ends.</param>
    [WolverineGet(Route), Tags("Retention"), EndpointSummary("Children whose record's retention period has ended as at a date, with the rule applied: the records manager's disposal list.")]
    [ProducesResponseType<RetentionDue[]>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadRetention)]
    public static async Task<IResult> Get(IDocumentStore store, RetentionPolicy policy, TimeProvider clock, ReadScope scope, CancellationToken cancellation,
        string? asAt = null, int? limit = null, int? offset = null)
    {
        var problems = new List<RuleViolation>();
        var day = UkTime.DateOf(clock.GetUtcNow());
        if (asAt is not null && !DateOnly.TryParseExact(asAt, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            problems.Add(new RuleViolation("asAt", "iso-8601-date", $"asAt '{asAt}' is not a date in the form yyyy-MM-dd."));
        if (limit is < 1 or > MaxLimit) problems.Add(new RuleViolation("limit", "page-size", $"limit must be 1 to {MaxLimit}."));
        if (offset is < 0) problems.Add(new RuleViolation("offset", "not-negative", "offset cannot be negative."));
        if (problems.Count > 0) return JourneyProblems.InvalidQuery("The retention query is not valid.", problems);

        var due = new List<RetentionDue>();
        await using (var session = store.QuerySession())
            await foreach (var journey in StoredJourneys.All(session, cancellation))
            {
                var facts = RetentionFacts.From(journey);
                var end = RetentionPeriod.Of(facts, policy.Schedule, day);
                if (end.IsDue(day))
                    due.Add(new RetentionDue(journey.Id, end.EndsOn, end.Kind, end.Rule.RuleId, end.Rule.Starts, end.StartsOn, end.Rule.Years,
                        end.BirthAssumed, policy.Holds.Reason(journey.Id, facts.Kinds)));
            }
        var readable = await scope.Readable(store, due.Select(d => d.ChildId).ToArray(), cancellation);
        return Results.Ok(due.Where(d => readable.Contains(d.ChildId))
            .OrderBy(d => d.EndsOn).ThenBy(d => d.ChildId, StringComparer.Ordinal)
            .Skip(offset ?? 0).Take(limit ?? DefaultLimit).ToList());
    }
}
