using System.Diagnostics;
using Journey.Projections.Logging;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Journey.Api.Hosting;

/// <summary>
/// A failure nothing else handled: answered 500 with a problem that says the request failed and gives its
/// trace id, never the exception's text, in Development as in Production (OWASP ASVS 4.0.3 7.4.1); logged
/// once at Error with the route template, the failure's kind and its stack, never its message (decision 70:
/// a database error's message and context quote the values it failed on, a child's concerns among them).
/// Registered last, so the refusals handled before it keep their own answers. Since it handles the
/// exception, ASP.NET Core's exception handler middleware does not log it again with its full text.
/// </summary>
public sealed class UnexpectedFailureHandler(IProblemDetailsService problems, ILogger<UnexpectedFailureHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var route = RouteTemplate.Of(httpContext);
        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        logger.LogError("{Method} {Route} failed ({Failure}), trace {TraceId}.\n{StackTrace}",
            httpContext.Request.Method, route, FailureKind.Of(exception), traceId, FailureKind.StackTrace(exception));
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "The service failed to answer this request.",
                Detail = "The failure is logged under this answer's traceId.",
            },
        });
    }
}
