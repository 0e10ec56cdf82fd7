using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Operations;

/// <summary>
/// GET /metrics (Prometheus, on under Development as the tests run): anonymous, counts the events
/// appended by type once a step is recorded, exports the HTTP request duration by route, and never
/// names a child.
/// </summary>
public sealed class MetricsEndpointTests(JourneyHost host)
{
    private async Task<string> Scrape()
    {
        var response = await host.AnonymousClient().GetAsync("/metrics", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(200, text);
        return text;
    }

    /// <summary>The value of the appended-events counter for one event type, 0 when it has no series yet.</summary>
    private static double ContactsAppended(string scrape) => scrape.Split('\n')
        .Where(line => line.StartsWith("marten_event_append") && line.Contains("event_type=\"contact_received\""))
        .Select(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture))
        .Sum();

    [Fact]
    public async Task After_a_step_is_recorded_the_events_appended_counter_has_counted_it_and_no_child_id_is_exposed()
    {
        var before = ContactsAppended(await Scrape());
        var child = JourneyApi.NewChildId();

        await host.ClientFor("sw.sam.taylor").RecordOk(child, "contacts",
            new { receivedAt = "2026-05-01T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });

        // The exporter reuses a scrape for a moment (300 ms by default), and the request's duration is
        // recorded only once its response has gone, after the append: scrape until both show.
        const string route = "http_route=\"/api/children/{childId}/contacts\"";
        var scrape = await Scrape();
        for (var attempt = 0; attempt < 20 && (ContactsAppended(scrape) <= before || !scrape.Contains(route)); attempt++)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            scrape = await Scrape();
        }
        ContactsAppended(scrape).ShouldBeGreaterThanOrEqualTo(before + 1, scrape);
        scrape.ShouldContain("http_server_request_duration_seconds_bucket");
        scrape.ShouldContain(route);
        scrape.ShouldNotContain(child);
        scrape.ShouldNotContain("DEMO-00");
    }
}
