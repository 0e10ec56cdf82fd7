using Journey.Api.Access;
using Journey.Api.Authorisation;
using Journey.Api.Hosting;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Projections.Logging;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Returns;

/// <summary>
/// The statutory returns (decision 82): the whole return for a collection year (one file as itself, several as a
/// zip), one file of it, and what it needs that the journeys do not hold. Returns officers and auditors only
/// (AccessRules.ReadReturns). Each answer is built from every journey, as it stands or as it had been recorded by
/// asRecordedAt, then logged as a read of exactly the children it holds (scope <c>return</c>), then answered; if the
/// row cannot be written nothing is answered (503), as for every read (decision 46). AccessLogPolicy does not log
/// these routes itself, so each call leaves that one row.
/// </summary>
public static class ReturnsEndpoint
{
    public const string Route = "/api/returns/{returnName}";
    public const string UnknownReturnType = "https://journey.local/problems/unknown-return";

    /// <param name="returnName">cin, ssda903 or annex-a.</param>
    /// <param name="year">The collection year, by the year it ends: 2026 is 2025/26 (1 April 2025 to 31 March 2026).</param>
    /// <param name="asRecordedAt">The return as it stood then: only what had been recorded by that instant (a date: the end of that UK day).</param>
    /// <param name="periodEnd">Annex A: the last day its lists cover, each list's period worked out back from it (instead of year).</param>
    /// <param name="from">Annex A: the first day of a period asked for, with to (instead of year).</param>
    /// <param name="to">Annex A: the last day of a period asked for, with from.</param>
    [WolverineGet(Route), Tags("Statutory returns"),
     EndpointSummary("A statutory return for a collection year (cin, ssda903, annex-a): one file as itself, several as a zip.")]
    [Produces("application/xml", "application/zip", "text/csv"), ProducesResponseType<ProblemDetails>(400), ProducesResponseType<ProblemDetails>(404)]
    [Access(Rule.ReadReturns)]
    public static async Task<IResult> GetReturn(string returnName, StatutoryReturns returns, IDocumentStore store, TimeProvider clock, HttpContext http,
        ILoggerFactory loggers, CancellationToken cancellation, int? year = null, string? asRecordedAt = null,
        string? periodEnd = null, string? from = null, string? to = null)
    {
        var (statutoryReturn, parameters, refusal) = Asked(returns, returnName, year, asRecordedAt, periodEnd, from, to);
        if (refusal is not null) return refusal;
        var read = AccessLogMiddleware.Describe(http, clock);
        var build = await ReturnRead.Build(statutoryReturn!, parameters!, store, cancellation);
        if (await Logged(http, loggers, read, build.ChildIds) is { } notLogged) return notLogged;
        if (build.Files is [var only])
            return Results.File(only.Content, only.ContentType, $"{statutoryReturn!.Name}-{parameters!.Year.FileLabel}{Path.GetExtension(only.Name)}");
        return Results.File(ReturnZip.Of(build.Files, read.ReadAt), ReturnZip.ContentType, $"{statutoryReturn!.Name}-{parameters!.Year.FileLabel}.zip");
    }

    /// <param name="returnName">cin, ssda903 or annex-a.</param>
    /// <param name="fileName">One of the return's files, as it names them.</param>
    /// <param name="year">The collection year, by the year it ends: 2026 is 2025/26 (1 April 2025 to 31 March 2026).</param>
    /// <param name="asRecordedAt">The return as it stood then: only what had been recorded by that instant (a date: the end of that UK day).</param>
    /// <param name="periodEnd">Annex A: the last day its lists cover, each list's period worked out back from it (instead of year).</param>
    /// <param name="from">Annex A: the first day of a period asked for, with to (instead of year).</param>
    /// <param name="to">Annex A: the last day of a period asked for, with from.</param>
    [WolverineGet(Route + "/{fileName}"), Tags("Statutory returns"),
     EndpointSummary("One file of a statutory return for a collection year (e.g. /api/returns/ssda903/episodes.csv).")]
    [Produces("application/xml", "text/csv", AnnexA.AnnexAWorkbook.ContentType), ProducesResponseType<ProblemDetails>(400), ProducesResponseType<ProblemDetails>(404)]
    [Access(Rule.ReadReturns)]
    public static async Task<IResult> GetFile(string returnName, string fileName, StatutoryReturns returns, IDocumentStore store, TimeProvider clock,
        HttpContext http, ILoggerFactory loggers, CancellationToken cancellation, int? year = null, string? asRecordedAt = null,
        string? periodEnd = null, string? from = null, string? to = null)
    {
        var (statutoryReturn, parameters, refusal) = Asked(returns, returnName, year, asRecordedAt, periodEnd, from, to);
        if (refusal is not null) return refusal;
        if (!statutoryReturn!.FileNames.Contains(fileName, StringComparer.Ordinal))
            return NotFound("No such file in this return.", new RuleViolation("fileName", "known-file",
                $"The {statutoryReturn.Title} is made of {string.Join(", ", statutoryReturn.FileNames)}."));
        var read = AccessLogMiddleware.Describe(http, clock);
        var build = await ReturnRead.Build(statutoryReturn, parameters!, store, cancellation);
        var file = build.Files.Single(f => f.Name == fileName);
        if (await Logged(http, loggers, read, file.ChildIds) is { } notLogged) return notLogged;
        return Results.File(file.Content, file.ContentType, file.Name);
    }

    /// <param name="returnName">cin, ssda903 or annex-a.</param>
    /// <param name="year">The collection year, by the year it ends: 2026 is 2025/26 (1 April 2025 to 31 March 2026).</param>
    /// <param name="asRecordedAt">The return as it stood then: only what had been recorded by that instant (a date: the end of that UK day).</param>
    /// <param name="periodEnd">Annex A: the last day its lists cover, each list's period worked out back from it (instead of year).</param>
    /// <param name="from">Annex A: the first day of a period asked for, with to (instead of year).</param>
    /// <param name="to">Annex A: the last day of a period asked for, with from.</param>
    [WolverineGet(Route + "/missing"), Tags("Statutory returns"),
     EndpointSummary("What a statutory return needs and the children's journeys do not hold, child by child.")]
    [ProducesResponseType<MissingAnswer>(200), ProducesResponseType<ProblemDetails>(400), ProducesResponseType<ProblemDetails>(404)]
    [Access(Rule.ReadReturns)]
    public static async Task<IResult> GetMissing(string returnName, StatutoryReturns returns, IDocumentStore store, TimeProvider clock, HttpContext http,
        ILoggerFactory loggers, CancellationToken cancellation, int? year = null, string? asRecordedAt = null,
        string? periodEnd = null, string? from = null, string? to = null)
    {
        var (statutoryReturn, parameters, refusal) = Asked(returns, returnName, year, asRecordedAt, periodEnd, from, to);
        if (refusal is not null) return refusal;
        var read = AccessLogMiddleware.Describe(http, clock);
        var answer = MissingAnswer.Of(statutoryReturn!, parameters!, await ReturnRead.Build(statutoryReturn!, parameters!, store, cancellation));
        // The answer names only the children something is missing for: the row names exactly them.
        if (await Logged(http, loggers, read, answer.Children.Select(c => c.ChildId)) is { } notLogged) return notLogged;
        return Results.Ok(answer);
    }

    /// <summary>The return asked for and its parameters, or the refusal: 404 for a return there is not, 400 for parameters it cannot take. Nothing is read, so nothing is logged.</summary>
    private static (IStatutoryReturn? Return, ReturnParameters? Parameters, IResult? Refusal) Asked(StatutoryReturns returns, string returnName, int? year, string? asRecordedAt,
        string? periodEnd, string? from, string? to)
    {
        // The name given is not repeated back: the answer lists the names there are.
        if (returns.Find(returnName) is not { } statutoryReturn)
            return (null, null, NotFound("No such statutory return.", new RuleViolation("returnName", "known-return", $"The returns are {returns.Names}.")));
        var (parameters, violations) = ReturnQuery.Parse(statutoryReturn, year, asRecordedAt, periodEnd, from, to);
        return parameters is null
            ? (statutoryReturn, null, JourneyProblems.InvalidQuery($"The {statutoryReturn.Title} query is not valid.", violations))
            : (statutoryReturn, parameters, null);
    }

    private static IResult NotFound(string title, RuleViolation violation) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, type: UnknownReturnType, title: title, detail: violation.Message,
            extensions: new Dictionary<string, object?> { ["violations"] = new[] { new { field = violation.Field, rule = violation.Rule, message = violation.Message } } });

    /// <summary>The read's row, naming these children; null when written, else the 503 to answer instead (nothing is shown).</summary>
    private static async Task<IResult?> Logged(HttpContext http, ILoggerFactory loggers, AccessRead read, IEnumerable<string> children)
    {
        try
        {
            await ReturnRead.Log(http.RequestServices.GetRequiredService<RequestConnection>(), ReturnRead.Naming(read, children), http.RequestAborted);
            return null;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(ReturnsEndpoint)).LogError("A statutory return at {Route} was refused: the access log could not be written ({Failure}).",
                RouteTemplate.Of(http), FailureKind.Of(failure));
            return Results.Problem(AccessLogMiddleware.NotLogged());
        }
    }
}
