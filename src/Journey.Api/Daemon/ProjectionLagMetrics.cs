using System.Diagnostics.Metrics;
using Marten;

namespace Journey.Api.Daemon;

/// <summary>
/// Projection lag as OpenTelemetry gauges on the meter "Journey", one measurement per projection
/// (tag <c>projection</c>): journey.projection.events_behind and
/// journey.projection.oldest_unprocessed_age (seconds; absent when nothing is waiting). Read from
/// the database only when a metrics reader collects (the OTLP exporter's interval), never per request.
/// </summary>
public sealed class ProjectionLagMetrics : IHostedService
{
    public const string MeterName = "Journey";
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    private readonly IDocumentStore _store;
    private readonly TimeProvider _clock;
    private readonly ILogger<ProjectionLagMetrics> _log;
    private readonly Lock _gate = new();
    private (DateTimeOffset At, IReadOnlyList<ProjectionLagRow> Rows)? _last;

    /// <summary>Both gauges are collected together: one read serves a collection.</summary>
    private static readonly TimeSpan Reuse = TimeSpan.FromSeconds(1);

    public ProjectionLagMetrics(IMeterFactory meters, IDocumentStore store, TimeProvider clock, ILogger<ProjectionLagMetrics> log)
    {
        _store = store;
        _clock = clock;
        _log = log;
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("journey.projection.events_behind", () => Read()
                .Select(p => new Measurement<long>(p.EventsBehind, new KeyValuePair<string, object?>("projection", p.Name))),
            unit: "{event}", description: "Events stored beyond what the projection has processed (0 for inline and live projections).");
        meter.CreateObservableGauge("journey.projection.oldest_unprocessed_age", () => Read()
                .Where(p => p.OldestUnprocessedAgeSeconds is not null)
                .Select(p => new Measurement<double>(p.OldestUnprocessedAgeSeconds!.Value, new KeyValuePair<string, object?>("projection", p.Name))),
            unit: "s", description: "How long ago the oldest event the projection has not yet processed was appended.");
    }

    /// <summary>
    /// Gauge callbacks are synchronous; this one waits for the same read as GET /api/projections,
    /// bounded, and reports nothing rather than fail the collection when the database cannot answer.
    /// </summary>
    private IReadOnlyList<ProjectionLagRow> Read()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_last is { } last && now - last.At < Reuse) return last.Rows;
            var rows = ReadFromDatabase();
            _last = (now, rows);
            return rows;
        }
    }

    private IReadOnlyList<ProjectionLagRow> ReadFromDatabase()
    {
        try
        {
            using var timeout = new CancellationTokenSource(ReadTimeout);
            return ProjectionLag.ReadAsync(_store, _clock, timeout.Token).GetAwaiter().GetResult().Projections;
        }
        catch (Exception e)
        {
            _log.LogWarning(e, "Projection lag could not be read for the metrics.");
            return [];
        }
    }

    // Registered as a hosted service only so that the gauges exist from start-up.
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
