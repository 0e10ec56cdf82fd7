using Marten;

namespace Journey.Api.Recording;

/// <summary>
/// Stamps the authenticated caller on the Marten session, so every event appended in the request
/// carries its recorder in the event store's user_name column.
/// </summary>
public static class RecorderMiddleware
{
    public static void Before(HttpContext httpContext, IDocumentSession session) =>
        session.LastModifiedBy = httpContext.User.Identity?.Name
                                 ?? throw new InvalidOperationException("A write reached the store without an authenticated caller.");
}
