using System.Reflection;
using Journey.Api.Authorisation;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Http;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// Every endpoint of the running service names its access rule beside its route, and that rule's policy is the one
/// ASP.NET Core applies to it; a method that names none cannot be given a rule, which stops start-up (decision 111).
/// </summary>
public sealed class AccessAttributeTests(JourneyHost host)
{
    private IReadOnlyList<(string Route, HttpChain Chain, RouteEndpoint Endpoint)> Endpoints() => host.Services.GetServices<EndpointDataSource>()
        .SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<HttpChain>() is not null)
        .Select(e => ($"{e.Metadata.GetMetadata<HttpChain>()!.HttpMethods.Single()} {e.RoutePattern.RawText}", e.Metadata.GetMetadata<HttpChain>()!, e))
        .ToArray();

    [Fact]
    public void Every_endpoint_names_one_access_rule_beside_its_route_and_is_authorised_by_its_policy()
    {
        var endpoints = Endpoints();
        endpoints.Count.ShouldBeGreaterThan(130);

        endpoints.Where(e => e.Chain.Method.Method.GetCustomAttributes<AccessAttribute>().Count() != 1)
            .Select(e => e.Route).ShouldBeEmpty("endpoints that do not name exactly one access rule");
        endpoints.Where(e => !e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == AccessRules.Of(e.Chain).PolicyName))
            .Select(e => e.Route).ShouldBeEmpty("endpoints whose rule's policy is not applied");
        endpoints.Select(e => AccessRules.Of(e.Chain)).Distinct().Count().ShouldBe(AccessRules.All.Count, "every rule governs some endpoint");
    }

    [Fact]
    public void A_method_that_names_no_access_rule_or_an_unknown_one_is_refused_a_rule()
    {
        Should.Throw<InvalidOperationException>(() => AccessRules.Of(Method(nameof(NamesNone)))).Message.ShouldContain("names no access rule");
        Should.Throw<InvalidOperationException>(() => AccessRules.Of(Method(nameof(NamesUnknown)))).Message.ShouldContain("not one of AccessRules.All");
        AccessRules.Of(Method(nameof(NamesOne))).ShouldBe(AccessRules.ReadRows);
    }

    private static MethodInfo Method(string name) => typeof(AccessAttributeTests).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    private static void NamesNone() { }

    [Access("read-everything")]
    private static void NamesUnknown() { }

    [Access(Rule.ReadRows)]
    private static void NamesOne() { }
}
