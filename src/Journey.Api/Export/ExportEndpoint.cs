using System.Text;
using Journey.Api.Authorisation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Export;

/// <summary>
/// A child's complete journey export, as JSON for machines and as a printable HTML chronology for
/// a court bundle. Both are reads of the child's record, logged like the timeline (AccessLogPolicy).
/// </summary>
public static class ExportEndpoint
{
    /// <param name="asRecordedAt">What the service showed then: only what had been recorded by that instant (a date: the end of that UK day).</param>
    /// <param name="asOccurredAt">What had happened by then, as known now: steps that happened after it are left out.</param>
    [WolverineGet("/api/children/{childId}/export.json"), Tags("Timeline"),
     EndpointSummary("A child's complete journey: every event with its provenance, corrections beside what they changed, and the child's measures and chains.")]
    [ProducesResponseType<ChildExport>(200), ProducesResponseType<ProblemDetails>(400), ProducesResponseType<ProblemDetails>(404)]
    [Access(Rule.ReadChild)]
    public static async Task<IResult> GetJson(string childId, IQuerySession session, IDocumentStore store, TimeProvider clock, HttpContext http,
        CancellationToken cancellation, string? asRecordedAt = null, string? asOccurredAt = null)
    {
        var (export, problem) = await ChildExportBuilder.Build(childId, session, store, clock, http.User.Identity!.Name!, asRecordedAt, asOccurredAt, cancellation);
        return problem ?? Results.Ok(export);
    }

    /// <param name="asRecordedAt">What the service showed then: only what had been recorded by that instant (a date: the end of that UK day).</param>
    /// <param name="asOccurredAt">What had happened by then, as known now: steps that happened after it are left out.</param>
    [WolverineGet("/api/children/{childId}/export.html"), Tags("Timeline"),
     EndpointSummary("A child's chronology as one self-contained, printable HTML page: steps in plain words, corrections beside the original, timeliness measures.")]
    [ProducesResponseType<string>(200, "text/html"), ProducesResponseType<ProblemDetails>(400), ProducesResponseType<ProblemDetails>(404)]
    [Access(Rule.ReadChild)]
    public static async Task<IResult> GetHtml(string childId, IQuerySession session, IDocumentStore store, TimeProvider clock, HttpContext http,
        CancellationToken cancellation, string? asRecordedAt = null, string? asOccurredAt = null)
    {
        var (export, problem) = await ChildExportBuilder.Build(childId, session, store, clock, http.User.Identity!.Name!, asRecordedAt, asOccurredAt, cancellation);
        return problem ?? Results.Text(ChronologyHtml.Render(export!), "text/html; charset=utf-8", Encoding.UTF8);
    }
}
