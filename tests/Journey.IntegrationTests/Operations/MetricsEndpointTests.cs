using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Operations;

/// <summary>
/// GET /metrics (Prometheus, on under Development as the tests run): anonymous, counts the events
/// appended by type once a step is recorded, and never names a child.
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

        // The exporter reuses a scrape for a moment (300 ms by default): scrape until the append shows.
        // The request-duration histogram (ASP.NET Core's own instrument, exported by the same pipeline)
        // is not asserted here: with several test hosts in one process another host's meter of the same
        // name can stand in for this one's, so its presence in this host's scrape is not deterministic.
        var scrape = await Scrape();
        for (var attempt = 0; attempt < 20 && ContactsAppended(scrape) <= before; attempt++)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            scrape = await Scrape();
        }
        ContactsAppended(scrape).ShouldBeGreaterThanOrEqualTo(before + 1, scrape);
        scrape.ShouldNotContain(child);
        scrape.ShouldNotContain("DEMO-00");
    }
}
