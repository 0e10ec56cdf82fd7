using System.Diagnostics.Metrics;
using Journey.Api.Operations;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// The open-overdue gauge over the daemon host's own database (nothing else writes there while these
/// run): it counts what journey.measures counts as open-overdue, by measure, and reads the clocks at
/// most once per refresh interval however often it is collected.
/// </summary>
[Collection(DaemonHost.Collection)]
public sealed class OverdueClockMetricsTests(DaemonHost host)
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly ManualClock _clock = new();

    private OverdueClockMetrics Gauge(IMeterFactory meters) => new(meters, host.Store, _clock,
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Journey:Metrics:OverdueRefreshSeconds"] = "60" }).Build(),
        NullLogger<OverdueClockMetrics>.Instance);

    /// <summary>One collection of the gauge made by <paramref name="meters"/>: measure to count.</summary>
    private static Dictionary<string, long> Collect(IMeterFactory meters)
    {
        var counts = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == OverdueClockMetrics.GaugeName && instrument.Meter.Scope == meters) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => counts[(string)tags[0].Value!] = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return counts;
    }

    private async Task<Dictionary<string, long>> OverdueInTheView()
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT measure, count(*) FROM journey.measures WHERE status = 'open-overdue' GROUP BY measure", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    private Task RecordOverdueContact() => host.ClientFor("sw.sam.taylor").RecordOk(JourneyApi.NewChildId(), "contacts",
        new { receivedAt = "2026-05-01T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });

    [Fact]
    public async Task The_gauge_counts_what_the_measures_view_counts_as_open_overdue_and_zero_for_the_other_measures()
    {
        await RecordOverdueContact();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        Gauge(meters);

        var gauge = Collect(meters);
        var view = await OverdueInTheView();

        view.ShouldNotBeEmpty();
        gauge.Where(c => c.Value > 0).OrderBy(c => c.Key).ShouldBe(view.OrderBy(c => c.Key));
        gauge.Count.ShouldBeGreaterThan(view.Count, "every measure of the rulebook has a series, 0 when none is overdue");
    }

    [Fact]
    public async Task The_gauge_reads_the_clocks_at_most_once_per_refresh_interval()
    {
        await RecordOverdueContact();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        var metrics = Gauge(meters);
        var first = Collect(meters);

        await RecordOverdueContact();
        _clock.Now += metrics.Refresh - TimeSpan.FromSeconds(1);
        Collect(meters).ShouldBe(first);

        _clock.Now += TimeSpan.FromSeconds(1);
        var refreshed = Collect(meters);
        refreshed.Values.Sum().ShouldBeGreaterThan(first.Values.Sum(), "the second overdue contact's clocks, counted once the interval has passed");
        refreshed.Where(c => c.Value > 0).OrderBy(c => c.Key).ShouldBe((await OverdueInTheView()).OrderBy(c => c.Key));
    }
}
