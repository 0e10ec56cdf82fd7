using System.Text;
using Journey.Api.Hosting;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Import;

public static class ImportEndpoint
{
    /// <summary>
    /// Imports an NDJSON body (one step a line) through the same rules as the recording endpoints.
    /// Answers 200 with a report of what was stored, what was already imported and every refused
    /// line with its number and reasons.
    /// </summary>
    [WolverinePost("/api/import"), Tags("Import"), EndpointSummary("Import steps from NDJSON, one a line, through the same rules as the API.")]
    [Consumes("application/x-ndjson"), ProducesResponseType<ImportReport>(200)]
    [RequestSizeLimit(RequestLimits.ImportBody)]
    public static async Task<ImportReport> Post(HttpRequest request, JourneyImporter importer, CancellationToken cancellation)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await importer.Import(reader, request.HttpContext.User.Identity!.Name!, cancellation);
    }
}
