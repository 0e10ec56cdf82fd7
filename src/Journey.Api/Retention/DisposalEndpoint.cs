using Journey.Api.Access;
using Journey.Api.Authorisation;
using Journey.Api.Hosting;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Retention;
using Journey.Domain.Timescales;
using Journey.Projections.Disposal;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace Journey.Api.Retention;

/// <summary>
/// Disposes of a child's record at the end of its retention period (decision 67): administrators
/// only (AccessRules.DisposeRecord). The period is judged by the domain's retention period as at
/// today (UK date); a record not yet due, or held, is refused with a problem naming the rule. The
/// disposal itself is one transaction on the request's connection: the access-log row recording it
/// (who carried it out, who authorised it, when), then journey.dispose_child, which refuses a chain
/// that does not verify or a journey that moved on since it was judged, writes the chained disposal
/// row and deletes the child's events, stream, links and every row about the child. A refused
/// attempt leaves an access-log row naming the rule it broke.
/// </summary>
public static class DisposalEndpoint
{
    public const string RetentionPeriodEnded = "retention-period-ended";
    public const string RetentionHold = "retention-hold";
    public const string ChainIntact = "chain-intact";
    public const string RecordDisposed = "record-disposed";

    [WolverinePost(DisposalLedger.LoggedView), Tags("Retention"),
     EndpointSummary("Dispose of a child's record at the end of its retention period, recorded in the disposals' hash chain and the access log.")]
    [ProducesResponseType<DisposalRow>(200), ProducesResponseType<ProblemDetails>(400), ProducesResponseType<ProblemDetails>(404), ProducesResponseType<ProblemDetails>(409)]
    [Access(Rule.DisposeRecord)]
    public static async Task<IResult> Post(string childId, DisposalRequest request, IDocumentStore store, RetentionPolicy policy, TimeProvider clock,
        HttpContext http, CancellationToken cancellation)
    {
        if (request is null || request.Violations() is { Count: > 0 })
            return Refused(childId, StatusCodes.Status400BadRequest, request?.Violations()
                ?? [new RuleViolation("body", "json-object", "The body must be a JSON object holding authorisedBy and reason.")]);

        ChildJourney? journey;
        await using (var session = store.QuerySession())
            journey = await session.Events.AggregateStreamAsync<ChildJourney>(childId, token: cancellation);
        var connection = http.RequestServices.GetRequiredService<RequestConnection>();
        if (journey is null)
        {
            if (await Disposed(store, childId, cancellation) is not { } done)
                return Results.Problem(statusCode: 404, title: "No journey is recorded for this child.",
                    detail: $"No events are recorded for child {childId}.", type: "https://journey.local/problems/unknown-child");
            await AccessLogWriter.Write(connection, Logged(http, clock, request, done.RuleApplied, RecordDisposed), cancellation);
            return Refused(childId, StatusCodes.Status409Conflict, [new RuleViolation("childId", RecordDisposed,
                $"The record of {childId} was disposed of on {done.DisposedAt:yyyy-MM-dd} (disposal {done.Number}).")]);
        }

        var today = UkTime.DateOf(clock.GetUtcNow());
        var facts = RetentionFacts.From(journey);
        var end = RetentionPeriod.Of(facts, policy.Schedule, today);
        var refusal = !end.IsDue(today)
            ? new RuleViolation("childId", RetentionPeriodEnded,
                $"The retention period of {childId}'s record ends on {end.EndsOn:yyyy-MM-dd} ({end.Kind}, rule {end.Rule.RuleId}): it may not be disposed of before then.")
            : policy.Holds.Reason(childId, facts.Kinds) is { } hold
                ? new RuleViolation("childId", RetentionHold, $"{hold} The record of {childId} may not be disposed of while the hold stands.")
                : null;
        if (refusal is not null)
        {
            await AccessLogWriter.Write(connection, Logged(http, clock, request, end.Rule.RuleId, refusal.Rule), cancellation);
            return Refused(childId, StatusCodes.Status400BadRequest, [refusal]);
        }

        await using var transaction = await connection.Begin(cancellation);
        try
        {
            await AccessLogWriter.Write(connection, Logged(http, clock, request, end.Rule.RuleId, null), cancellation);
            await using var dispose = await connection.Command(DisposalLedger.DisposeSql, cancellation);
            dispose.Parameters.AddWithValue("child", childId);
            dispose.Parameters.AddWithValue("version", journey.Version);
            dispose.Parameters.AddWithValue("authorised_by", request.AuthorisedBy!.Trim());
            dispose.Parameters.AddWithValue("disposed_by", http.User.Identity!.Name!);
            dispose.Parameters.AddWithValue("reason", request.Reason!.Trim());
            dispose.Parameters.AddWithValue("rule", end.Rule.RuleId);
            DisposalRow row;
            await using (var reader = await dispose.ExecuteReaderAsync(cancellation))
            {
                await reader.ReadAsync(cancellation);
                row = DisposalLedger.Read(reader);
            }
            await transaction.CommitAsync(cancellation);
            return Results.Ok(row);
        }
        catch (PostgresException refused) when (refused.SqlState is DisposalFunction.ChainNotIntact or DisposalFunction.StreamMoved or DisposalFunction.AlreadyDisposed)
        {
            await transaction.RollbackAsync(cancellation);
            var (rule, message) = refused.SqlState switch
            {
                DisposalFunction.ChainNotIntact => (ChainIntact,
                    $"The hash chain of {childId} does not verify: a broken chain is evidence and is kept. See GET /api/children/{childId}/verification."),
                DisposalFunction.StreamMoved => ("expected-version-current", $"The journey of {childId} changed while its retention was judged. Try again."),
                _ => (RecordDisposed, $"The record of {childId} was disposed of by another request."),
            };
            await AccessLogWriter.Write(connection, Logged(http, clock, request, end.Rule.RuleId, rule), cancellation);
            return Refused(childId, StatusCodes.Status409Conflict, [new RuleViolation("childId", rule, message)]);
        }
    }

    /// <summary>The access log's record of the disposal (or of the refused attempt): who authorised it and the rule applied; the reason stays in journey.disposals.</summary>
    private static AccessRead Logged(HttpContext http, TimeProvider clock, DisposalRequest request, string rule, string? refusedRule)
    {
        var read = AccessLogMiddleware.Describe(http, clock, refusedRule);
        var parameters = new SortedDictionary<string, string>(read.Parameters.ToDictionary(), StringComparer.Ordinal)
        {
            ["authorisedBy"] = request.AuthorisedBy!.Trim(),
            ["rule"] = rule,
        };
        return read with { Parameters = parameters };
    }

    private static async Task<DisposalRow?> Disposed(IDocumentStore store, string childId, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        return await DisposalLedger.Of(connection, childId, cancellation);
    }

    private static IResult Refused(string childId, int status, IReadOnlyList<RuleViolation> violations)
    {
        var problem = JourneyProblems.RulesBroken(childId, violations);
        problem.Status = status;
        return Results.Problem(problem);
    }
}
