using System.Text;
using Journey.Domain.Journeys;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Journey.IntegrationTests.Api;

/// <summary>
/// Sweeps every recording endpoint the service maps: an empty request is refused with a problem
/// naming the missing fields, and nothing is stored.
/// </summary>
public sealed class EveryEndpointRefusalTests(JourneyHost host)
{
    private IReadOnlyList<string> RecordingRoutes() => host.Services.GetServices<EndpointDataSource>()
        .SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
        .Select(e => e.RoutePattern.RawText!)
        .Where(route => route.StartsWith("/api/children/{childId}/", StringComparison.Ordinal))
        // Disposing of the record at the end of its retention period records no step (decision 67; DisposalTests).
        .Where(route => route != Journey.Projections.Disposal.DisposalLedger.LoggedView)
        .Distinct().Order().ToArray();

    [Fact]
    public void There_is_a_recording_endpoint_for_every_step_and_for_corrections()
    {
        // Every recordable step plus corrections and withdrawals.
        RecordingRoutes().Count.ShouldBe(JourneySteps.All.Count + 2);
    }

    [Fact]
    public async Task Every_recording_endpoint_refuses_an_empty_request_naming_fields_and_stores_nothing()
    {
        var client = host.ClientFor("sw.sam.taylor");
        var child = JourneyApi.NewChildId();
        await client.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        var before = (await client.Timeline(child)).ToJsonString();

        foreach (var route in RecordingRoutes())
        {
            var response = await client.PostAsync(route.Replace("{childId}", child),
                new StringContent("{}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

            ((int)response.StatusCode).ShouldBe(400, route);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", route);
            var violations = (await response.ReadJson())["violations"]!.AsArray();
            violations.ShouldNotBeEmpty(route);
            violations.ShouldAllBe(v => v!["field"]!.GetValue<string>().Length > 0 && v["rule"]!.GetValue<string>().Length > 0, route);
        }
        (await client.Timeline(child)).ToJsonString().ShouldBe(before);
    }
}
