using Journey.Projections.Logging;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Journey.Api.Hosting;

/// <summary>
/// A statement PostgreSQL stopped at the service's statement timeout (JourneyDatabase.StatementTimeout, decision 76)
/// is answered 503 with a problem saying what happened and what to do, never the statement or its values; the
/// service's log gets the route and the failure's kind. Its transaction was rolled back, so nothing was stored.
/// </summary>
public sealed class StatementTimeoutHandler(IProblemDetailsService problems, IConfiguration configuration, ILogger<StatementTimeoutHandler> log) : IExceptionHandler
{
    public const string Type = "https://journey.local/problems/statement-timeout";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // A caller that hung up cancels its own statement: that is not the timeout, and there is no one to answer.
        if (http.Response.HasStarted || http.RequestAborted.IsCancellationRequested || !FailureKind.IsCancelledStatement(exception)) return false;
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        log.LogWarning("A statement of {Method} {Route} ran past the statement timeout and was cancelled ({FailureKind}).", http.Request.Method, route, FailureKind.Of(exception));
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Type = Type,
                Title = "The database did not answer in time.",
                Status = StatusCodes.Status503ServiceUnavailable,
                Detail = $"The request ran a database statement longer than the service allows ({JourneyDatabase.StatementTimeoutSeconds(configuration)} s), " +
                         "so it was stopped and nothing was stored. Ask for less (a shorter period, a smaller page) or try again later.",
            },
        });
    }
}
