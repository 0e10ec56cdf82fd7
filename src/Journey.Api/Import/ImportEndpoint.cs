using System.Text;
using Journey.Api.Authorisation;
using Journey.Api.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wolverine.Http;

namespace Journey.Api.Import;

public static class ImportEndpoint
{
    /// <summary>
    /// Imports an NDJSON body (one step a line) through the same rules as the recording endpoints.
    /// Answers 200 with a report of what was stored, what was already imported and every refused
    /// line with its number and reasons (the first 1,000 listed, the rest counted), written as the
    /// import goes rather than held until it ends (decision 72).
    /// </summary>
    [WolverinePost("/api/import"), Tags("Import"), EndpointSummary("Import steps from NDJSON, one a line, through the same rules as the API.")]
    [Consumes("application/x-ndjson"), ProducesResponseType<ImportReport>(200)]
    [RequestSizeLimit(RequestLimits.ImportBody), EnableRateLimiting(RateLimits.ImportPolicy)]
    [Access(Rule.Import)]
    public static async Task<IResult> Post(HttpRequest request, JourneyImporter importer, CancellationToken cancellation)
    {
        var response = request.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var report = new StreamedImportReport(response.Body, importer.Limits.MaxProblemsListed);
        await importer.Import(reader, request.HttpContext.User.Identity!.Name!, report, cancellation);
        // The report is written: nothing more to answer.
        return Results.Empty;
    }
}
