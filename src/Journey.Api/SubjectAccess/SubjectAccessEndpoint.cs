using Journey.Api.Access;
using Journey.Api.Authorisation;
using Journey.Api.Export;
using Journey.Projections.Disposal;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.SubjectAccess;

/// <summary>
/// One bundle per child for a subject access request (decision 68): auditors only
/// (AccessRules.SubjectAccess), and a read of that child's record like any other, logged before it
/// runs (AccessLogPolicy). The journey comes from the export's own builder, so the bundle and the
/// export can never disagree about provenance, corrections or withdrawals.
/// </summary>
public static class SubjectAccessEndpoint
{
    [WolverineGet("/api/children/{childId}/subject-access"), Tags("Timeline"),
     EndpointSummary("Everything held about a child for a subject access request: the journey with provenance, measures and chains, and who read the record.")]
    [ProducesResponseType<SubjectAccessBundle>(200), ProducesResponseType<ProblemDetails>(404)]
    [Access(Rule.SubjectAccess)]
    public static async Task<IResult> Get(string childId, IQuerySession session, IDocumentStore store, TimeProvider clock, HttpContext http,
        CancellationToken cancellation)
    {
        var generatedBy = http.User.Identity!.Name!;
        var (export, problem) = await ChildExportBuilder.Build(childId, session, store, clock, generatedBy, null, null, cancellation);
        DisposalRow? disposal = null;
        if (export is null)
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(cancellation);
            disposal = await DisposalLedger.Of(connection, childId, cancellation);
            // Nothing recorded and nothing disposed of: the export's own 404.
            if (disposal is null) return problem!;
        }
        var asAt = export?.GeneratedAt ?? clock.GetUtcNow();
        // Every logged read of the child, this request's own row included: it is a read of the record too.
        var reads = await AccessLogEndpoint.Rows(store,
            new AccessLogFilter(childId, null, null, null, null, null, null, int.MaxValue, 0), cancellation);
        return Results.Ok(new SubjectAccessBundle(SubjectAccessBundle.Kind, SubjectAccessBundle.Describe(childId, asAt), SubjectAccessBundle.RedactionNote,
            childId, asAt, generatedBy, export, reads, disposal));
    }
}
