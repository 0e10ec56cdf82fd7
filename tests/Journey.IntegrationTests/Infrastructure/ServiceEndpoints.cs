using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Http;

namespace Journey.IntegrationTests.Infrastructure;

/// <summary>The endpoints the running service maps, for tests that check every one, so that one added later is checked too.</summary>
public static class ServiceEndpoints
{
    /// <summary>Every Wolverine endpoint of the host, as its chain: the method, its parameters and the middleware before it.</summary>
    public static IReadOnlyList<HttpChain> Chains(this JourneyHost host) => host.Services.GetServices<EndpointDataSource>()
        .SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
        .Select(e => e.Metadata.GetMetadata<HttpChain>()).OfType<HttpChain>()
        .ToArray();
}
