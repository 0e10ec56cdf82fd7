using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Journey.Api.Hosting;

/// <summary>
/// A body the server refused while it was being read (over the size limit: 413; cut short: 400)
/// surfaces as Kestrel's BadHttpRequestException wherever the body is read outside Wolverine's JSON
/// binding, as the import reads its NDJSON. It is the caller's fault, not a failure of the service:
/// it is answered with its own status and a problem, never 500.
/// </summary>
public sealed class BadRequestBodyHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted) return false;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = bad.StatusCode, Title = "The request body could not be read.", Detail = bad.Message },
        });
    }
}
