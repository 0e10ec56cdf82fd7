using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Journey.Api.Hosting;

/// <summary>
/// Two first contacts for the same new child race to create its stream; Marten refuses the loser
/// with ExistingStreamIdCollisionException, which Wolverine's concurrency mapping does not cover.
/// It is the same lost race as any other and gets the same answer: 409, retry.
/// </summary>
public sealed class ConcurrentWriteHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ExistingStreamIdCollisionException) return false;
        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = "https://journey.local/problems/concurrent-write",
                Title = "Another write to this child's journey landed first.",
                Detail = "Nothing from this request was stored. Read the timeline again and retry.",
            },
        });
    }
}
