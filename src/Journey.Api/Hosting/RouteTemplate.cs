namespace Journey.Api.Hosting;

/// <summary>
/// The route a request matched, as its template (<c>/api/children/{childId}/timeline</c>), for logs: the path
/// itself holds a child's or family's id, which a log must never hold (decision 70).
/// </summary>
public static class RouteTemplate
{
    public static string Of(HttpContext http) => (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
}
