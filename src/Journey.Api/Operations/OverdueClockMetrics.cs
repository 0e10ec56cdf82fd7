using System.Diagnostics.Metrics;
using Journey.Domain.Timescales;
using Journey.Projections.Reference;
using Journey.Projections.Timeliness;
using Marten;
using Npgsql;

namespace Journey.Api.Operations;

/// <summary>
/// Open-overdue clocks by measure as the OpenTelemetry gauge journey.measures.open_overdue (tag
/// <c>measure</c>; 0 for a measure of the rulebook with none), counted as the view journey.measures
/// counts status 'open-overdue' at now. Counted in the database only when a metrics reader
/// collects and at most once per <see cref="Refresh"/> (60 s unless Journey:Metrics:OverdueRefreshSeconds
/// says otherwise): a Prometheus scrape every few seconds reads the last count, never the clocks.
/// </summary>
public sealed class OverdueClockMetrics : IHostedService
{
    public const string GaugeName = "journey.measures.open_overdue";
    private const int ReadTimeoutSeconds = 10;

    private readonly IDocumentStore _store;
    private readonly TimeProvider _clock;
    private readonly ILogger<OverdueClockMetrics> _log;
    private readonly Lock _gate = new();
    private (DateTimeOffset At, IReadOnlyList<(string Measure, long Overdue)> Counts)? _last;

    public TimeSpan Refresh { get; }

    public OverdueClockMetrics(IMeterFactory meters, IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<OverdueClockMetrics> log)
    {
        _store = store;
        _clock = clock;
        _log = log;
        Refresh = TimeSpan.FromSeconds(configuration.GetValue("Journey:Metrics:OverdueRefreshSeconds", 60.0));
        meters.Create(Daemon.ProjectionLagMetrics.MeterName).CreateObservableGauge(GaugeName,
            () => Read().Select(c => new Measurement<long>(c.Overdue, new KeyValuePair<string, object?>("measure", c.Measure))),
            unit: "{clock}", description: "Clocks open past their due date or time now, by measure (as journey.measures counts status open-overdue).");
    }

    private IReadOnlyList<(string Measure, long Overdue)> Read()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_last is { } last && now - last.At < Refresh) return last.Counts;
            var counts = ReadFromDatabase();
            // A failed read is not cached: the next collection tries again.
            if (counts is not null) _last = (now, counts);
            return counts ?? [];
        }
    }

    /// <summary>
    /// The open clocks only (no actual yet: the partial index MeasureSchema.OpenClocksIndex, read
    /// alone; or an actual after now), rather than working out every clock ever started as the view
    /// does; the conditions are the view's own for 'open-overdue' at now (MeasureSchema.MeasuresAt).
    /// Two branches, not one OR, so that the first is answered from the partial index.
    /// </summary>
    private IReadOnlyList<(string, long)>? ReadFromDatabase()
    {
        try
        {
            using var connection = _store.Storage.Database.CreateConnection();
            connection.Open();
            var clocks = MeasureSchema.ClocksTable.QualifiedName;
            using var command = new NpgsqlCommand($"""
                WITH open_clock AS (
                  SELECT measure, unit, due_date, due_at, start_at, not_due_from FROM {clocks} WHERE actual_at IS NULL
                  UNION ALL
                  SELECT measure, unit, due_date, due_at, start_at, not_due_from FROM {clocks} WHERE actual_at > now()
                )
                SELECT r.measure, count(c.measure)
                FROM (SELECT DISTINCT measure FROM {ReferenceSchema.RulesTable.QualifiedName}) r
                LEFT JOIN open_clock c ON c.measure = r.measure
                  AND c.start_at <= now() AND (c.not_due_from IS NULL OR c.not_due_from > now())
                  AND NOT coalesce(CASE WHEN c.unit = '{TimescaleUnits.Hours}' THEN now() <= c.due_at
                                        ELSE (now() AT TIME ZONE 'Europe/London')::date <= c.due_date END, false)
                GROUP BY r.measure ORDER BY r.measure
                """, connection) { CommandTimeout = ReadTimeoutSeconds };
            using var reader = command.ExecuteReader();
            var counts = new List<(string, long)>();
            while (reader.Read()) counts.Add((reader.GetString(0), reader.GetInt64(1)));
            return counts;
        }
        catch (Exception e)
        {
            _log.LogWarning(e, "Overdue clocks could not be counted for the metrics.");
            return null;
        }
    }

    // Registered as a hosted service only so that the gauge exists from start-up.
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
