using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Journey.Api.Daemon;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Recording;
using Microsoft.Extensions.DependencyInjection;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// GET /api/projections and the lag gauges: no lag once the daemon has caught up; with the daemon
/// paused (the projection coordinator's own pause), exactly the events appended meanwhile are behind.
/// </summary>
[Collection(DaemonHost.Collection)]
public sealed class ProjectionLagTests(DaemonHost host)
{
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");

    private async Task<JsonObject> Projections()
    {
        var response = await host.ClientFor("ops.admin", "administrator").GetAsync("/api/projections", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(200, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static JsonNode Projection(JsonObject report, string name) =>
        report["projections"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!;

    private async Task RecordContact(string child) =>
        await _worker.RecordOk(child, "contacts", new { receivedAt = "2026-05-01T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });

    [Fact]
    public async Task Once_the_daemon_has_caught_up_no_projection_lags_and_inline_ones_never_do()
    {
        await RecordContact(JourneyApi.NewChildId());
        await host.CaughtUp();

        var report = await Projections();

        var steps = Projection(report, RecordedStepsProjection.ProjectionName);
        steps["lifecycle"]!.GetValue<string>().ShouldBe("async");
        steps["shard"]!.GetValue<string>().ShouldBe(RecordedStepsProjection.ShardName);
        steps["eventsBehind"]!.GetValue<long>().ShouldBe(0);
        steps["oldestUnprocessedAgeSeconds"].ShouldBeNull();
        steps["current"]!.GetValue<bool>().ShouldBeTrue();
        steps["lastProcessedSequence"]!.GetValue<long>().ShouldBe(report["highWaterMark"]!.GetValue<long>());
        report["highestEventSequence"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(report["highWaterMark"]!.GetValue<long>());

        var measures = Projection(report, "TimelinessMeasures");
        measures["lifecycle"]!.GetValue<string>().ShouldBe("inline");
        measures["current"]!.GetValue<bool>().ShouldBeTrue();
        measures["note"]!.GetValue<string>().ShouldContain("always current");
        report["projections"]!.AsArray().Where(p => p!["lifecycle"]!.GetValue<string>() == "async")
            .Select(p => p!["name"]!.GetValue<string>()).ShouldBe([RecordedStepsProjection.ProjectionName]);
    }

    [Fact]
    public async Task While_the_daemon_is_paused_the_events_appended_meanwhile_are_behind_and_the_gauges_say_so()
    {
        await RecordContact(JourneyApi.NewChildId());
        await host.CaughtUp();
        var child = JourneyApi.NewChildId();

        await host.Coordinator.PauseAsync();
        try
        {
            await RecordContact(child);
            await _worker.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-05-01T12:00:00Z", outcome = "EarlyHelp", rationale = "r", decidedBy = "m" });

            var report = await Projections();

            var steps = Projection(report, RecordedStepsProjection.ProjectionName);
            steps["eventsBehind"]!.GetValue<long>().ShouldBe(2);
            steps["current"]!.GetValue<bool>().ShouldBeFalse();
            steps["oldestUnprocessedAgeSeconds"]!.GetValue<double>().ShouldBeInRange(0, DaemonHost.Patience.TotalSeconds);
            report["highestEventSequence"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(steps["lastProcessedSequence"]!.GetValue<long>() + 2);
            Projection(report, "TimelinessMeasures")["eventsBehind"]!.GetValue<long>().ShouldBe(0);
            (await host.RecordedSteps(child)).ShouldBeEmpty();

            var gauges = CollectGauges();
            gauges[("journey.projection.events_behind", RecordedStepsProjection.ProjectionName)].ShouldBe(2);
            gauges[("journey.projection.events_behind", "TimelinessMeasures")].ShouldBe(0);
            gauges[("journey.projection.oldest_unprocessed_age", RecordedStepsProjection.ProjectionName)].ShouldBeInRange(0, DaemonHost.Patience.TotalSeconds);
            gauges.ShouldNotContainKey(("journey.projection.oldest_unprocessed_age", "TimelinessMeasures"));
        }
        finally
        {
            await host.Coordinator.ResumeAsync();
        }

        await host.CaughtUp();
        Projection(await Projections(), RecordedStepsProjection.ProjectionName)["eventsBehind"]!.GetValue<long>().ShouldBe(0);
        (await host.RecordedSteps(child)).Count.ShouldBe(2);
    }

    /// <summary>One collection of this host's lag gauges (its own meter factory's "Journey" meter), by instrument and projection.</summary>
    private Dictionary<(string Instrument, string Projection), double> CollectGauges()
    {
        var factory = host.Services.GetRequiredService<IMeterFactory>();
        var values = new Dictionary<(string, string), double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ProjectionLagMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory)) l.EnableMeasurementEvents(instrument);
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags)
                if (tag.Key == "projection") values[(instrument.Name, (string)tag.Value!)] = value;
        }
        listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        listener.Start();
        listener.RecordObservableInstruments();
        return values;
    }
}
