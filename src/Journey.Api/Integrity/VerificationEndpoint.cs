using Journey.Api.Authorisation;
using Journey.Projections.Integrity;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Integrity;

/// <summary>
/// Tamper evidence for auditors: recomputes the hash chains of the events as stored and reports the
/// first broken link of each child. Auditors and administrators only (AccessRules.Verify, decision 51).
/// </summary>
public static class VerificationEndpoint
{
    [WolverineGet("/api/children/{childId}/verification"), Tags("Verification"),
     EndpointSummary("Recomputes one child's hash chain: intact, or the first broken link (version and what differs); " +
                     "with the latest link to keep outside the database; disposed, with the disposal, for a record disposed of.")]
    [ProducesResponseType<ChainReport>(200), ProducesResponseType<ProblemDetails>(404)]
    [Access(Rule.Verify)]
    public static async Task<IResult> GetChild(string childId, IDocumentStore store, TimeProvider clock, CancellationToken cancellation)
    {
        var report = await new ChainVerifier(store).Verify(childId, clock, cancellation);
        // A child disposed of at the end of its retention period answers its disposal (status disposed), not 404.
        return report.Children == 0 && report.Disposal is null
            ? Results.Problem(statusCode: 404, title: "No journey is recorded for this child.",
                detail: $"No events or links are stored for child {childId}.", type: "https://journey.local/problems/unknown-child")
            : Results.Ok(report);
    }

    [WolverineGet("/api/verification"), Tags("Verification"),
     EndpointSummary("Recomputes every child's hash chain, reading the store as a stream: intact, unsealed or broken, with the first broken link of each child.")]
    [ProducesResponseType<ChainReport>(200)]
    [Access(Rule.Verify)]
    public static Task<ChainReport> GetStore(IDocumentStore store, TimeProvider clock, CancellationToken cancellation) =>
        new ChainVerifier(store).Verify(null, clock, cancellation);
}
