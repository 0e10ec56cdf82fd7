using System.Reflection;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Http;

namespace Journey.IntegrationTests.Fuzz;

/// <summary>
/// The endpoints the fuzz test aims at, read from the service's own endpoint data source, so an
/// endpoint added later is fuzzed without changing the test: every POST that takes a JSON body (each
/// step, corrections, withdrawals) with its request type, the import, and every GET with the query
/// parameters it binds.
/// </summary>
public sealed record FuzzedEndpoints(IReadOnlyList<HttpChain> Posts, HttpChain Import, IReadOnlyList<(HttpChain Chain, IReadOnlyList<ParameterInfo> Query)> Gets)
{
    // What endpoints take that is not from the request: services, the caller, the clock.
    private static readonly HashSet<string> Injected = ["store", "session", "clock", "cancellation", "http", "httpContext", "request", "importer", "user", "gate"];

    public static FuzzedEndpoints From(IServiceProvider services)
    {
        var chains = services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => e.Metadata.GetMetadata<HttpChain>()).OfType<HttpChain>()
            .Where(c => c.RoutePattern?.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Distinct().OrderBy(c => c.RoutePattern!.RawText, StringComparer.Ordinal).ToArray();
        var posts = chains.Where(c => c.HttpMethods.Contains("POST") && c.RequestType?.IsAssignableTo(typeof(IJourneyCommand)) == true).ToArray();
        var import = chains.Single(c => c.RoutePattern!.RawText == "/api/import");
        var gets = chains.Where(c => c.HttpMethods.Contains("GET"))
            .Select(c => (c, (IReadOnlyList<ParameterInfo>)c.Method.Method.GetParameters()
                .Where(p => !Injected.Contains(p.Name!) && c.RoutePattern!.GetParameter(p.Name!) is null && IsQueryValue(p.ParameterType))
                .ToArray()))
            .ToArray();
        return new FuzzedEndpoints(posts, import, gets);
    }

    public static string Route(HttpChain chain) => chain.RoutePattern!.RawText!;

    private static bool IsQueryValue(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(Guid);
    }
}
