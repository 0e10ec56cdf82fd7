using Journey.Api.Kpis;
using Marten;

namespace Journey.Benchmarks;

/// <summary>The KPI pack's measurements: the month read kept (a closed month) and the month marked stale before each call.</summary>
public static class KpiPackWorkloads
{
    /// <summary>The one-month KPI pack for the authority, as occurred, as <c>GET /api/kpi-pack</c> reads it (kept months, decision 142).</summary>
    public static Func<Task<int>> KpiPack(IDocumentStore store) => async () =>
        (await KpiPackQuery.Pack(store, Data.KpiMonth, Data.KpiMonth, null, false, CancellationToken.None)).Count;

    /// <summary>The same pack as recorded.</summary>
    public static Func<Task<int>> KpiPackAsRecorded(IDocumentStore store) => async () =>
        (await KpiPackQuery.Pack(store, Data.KpiMonth, Data.KpiMonth, null, true, CancellationToken.None)).Count;

    /// <summary>
    /// Makes the KPI month stale as a late step would (decision 143): one measure clock started in the month rewritten as
    /// it stands, which its row trigger marks from the clock's earliest date, so the next pack counts that month again
    /// and reads the three before it kept.
    /// </summary>
    public static Func<Task> MarkKpiMonthStale(string connectionString) => async () =>
    {
        var rewritten = await BenchStore.Scalar(connectionString, $"""
            WITH rewritten AS (
              UPDATE journey.measure_clocks SET start_at = start_at
              WHERE (child_id, measure, episode) = (SELECT child_id, measure, episode FROM journey.measure_clocks
                WHERE start_date >= '{Data.KpiMonth:yyyy-MM-dd}' AND start_date < '{Data.KpiMonth.AddMonths(1):yyyy-MM-dd}' ORDER BY start_date LIMIT 1)
              RETURNING 1)
            SELECT count(*) FROM rewritten
            """);
        if (rewritten != 1) throw new InvalidOperationException($"No measure clock starts in {Data.KpiMonth:yyyy-MM}: the stale month cannot be measured.");
    };
}
