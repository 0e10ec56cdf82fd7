using Journey.Domain.Timescales;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Views;

namespace Journey.Projections.Timeliness;

/// <summary>
/// The tables analysts query. <c>measure_clocks</c> holds one row per child, measure and episode as
/// the projection writes it (start, due, actual, rule); <c>measures_as_at(t)</c> adds elapsed time
/// and status as they stood at instant t, counting open clocks against t; the view <c>measures</c>
/// is that function at now(). See docs/analytics.md.
/// </summary>
public static class MeasureSchema
{
    public const string Schema = JourneyStore.Schema;
    public static readonly PostgresqlObjectName ClocksTable = new(Schema, "measure_clocks", SchemaUtils.IdentifierUsage.General);

    public const string OpenClocksIndex = "ix_measure_clocks_open";

    public static Table Clocks()
    {
        var table = new Table(ClocksTable);
        table.AddColumn<string>("child_id").AsPrimaryKey();
        table.AddColumn<string>("measure").AsPrimaryKey();
        table.AddColumn<int>("episode").AsPrimaryKey();
        table.AddColumn("unit", "text").NotNull();
        table.AddColumn("target", "integer").NotNull();
        table.AddColumn("rule_id", "text").NotNull();
        table.AddColumn("start_at", "timestamptz").NotNull();
        table.AddColumn("start_date", "date").NotNull();
        table.AddColumn("due_date", "date").NotNull();
        table.AddColumn("due_at", "timestamptz");
        table.AddColumn("actual_at", "timestamptz");
        table.AddColumn("actual_date", "date");
        // When a concluded section 47 asked for no conference: from then on no conference is due.
        table.AddColumn("not_due_from", "timestamptz");
        // The stream version of the step that stopped the clock: only its withdrawal reopens it.
        table.AddColumn("stopped_by_version", "bigint");
        // When the steps that started and stopped the clock were recorded (for an imported step, when
        // the source system recorded it): what the service knew at a reporting date.
        // Days added to the due date by extensions granted (care proceedings), kept when the start is corrected.
        table.AddColumn("due_extension_days", "integer").NotNull().DefaultValueByExpression("0");
        table.AddColumn("start_recorded_at", "timestamptz");
        table.AddColumn("actual_recorded_at", "timestamptz");
        table.AddColumn("last_event_sequence", "bigint").NotNull();
        table.Indexes.Add(new IndexDefinition("ix_measure_clocks_measure_start") { Columns = ["measure", "start_date"] });
        // What a month-end report reads (measures_at_for_month): clocks stopped, recorded as stopped or due from a date on.
        table.Indexes.Add(new IndexDefinition("ix_measure_clocks_actual") { Columns = ["actual_at"] });
        table.Indexes.Add(new IndexDefinition("ix_measure_clocks_actual_recorded") { Columns = ["actual_recorded_at"] });
        table.Indexes.Add(new IndexDefinition("ix_measure_clocks_due") { Columns = ["due_date"] });
        // The open clocks only, with what says whether one is overdue: the open-overdue gauge counts
        // them from this index alone (measured: 56 ms instead of 300 ms over 2 million clocks, 40,000 open).
        table.Indexes.Add(new IndexDefinition(OpenClocksIndex)
        {
            Columns = ["measure", "due_date"],
            IncludeColumns = ["unit", "due_at", "start_at", "not_due_from"],
            Predicate = "actual_at IS NULL",
        });
        return table;
    }

    /// <summary>
    /// Status and elapsed time as they stood at <c>as_at</c>: a clock that started later is absent,
    /// an actual happening later is treated as not yet happened, and an open clock is counted
    /// against as_at. With <c>as_recorded</c>, only what had been recorded by as_at counts as well
    /// (the as-recorded view a month-end report saw); the difference is recording lag. Working days
    /// come from <c>calendar_days.working_day_index</c>, the count of working days up to and
    /// including each day, so the working days after start up to and including d are
    /// index(d) - index(start).
    /// </summary>
    public static Function MeasuresAt() => MeasuresAtFunction($"{Schema}.measures_at", "", "");

    /// <summary>
    /// <c>measures_at_for_month(as_at, as_recorded, month_start, month_end)</c>: the rows of
    /// measures_at(as_at, as_recorded) a month-end report can read — clocks open at as_at, stopped
    /// from month_start on, or due in the month — found through the clocks' indexes on their actual,
    /// recorded and due times instead of working out every clock ever started (at ten authority-years
    /// most clocks stopped years before). A superset of those rows: the caller still filters on status
    /// and dates; each row is exactly measures_at's. PL/pgSQL running the rows' query with EXECUTE, so
    /// it is planned for the month asked for: planned once for any month (as a prepared statement or
    /// a caller's plan is), the planner cannot tell a month's few rows from all of them and scans the
    /// lot (measured: 37 ms planned for the month, 228 ms planned for any month, at ten authority-years).
    /// </summary>
    public static Function MeasuresAtForMonth() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{Schema}}.measures_at_for_month(as_at timestamptz, as_recorded boolean, month_start date, month_end date)
        RETURNS TABLE ({{MeasuresAtColumns}})
        LANGUAGE plpgsql STABLE AS $fn$
        BEGIN
          RETURN QUERY EXECUTE 'SELECT * FROM {{MonthRowsFunction}}($1, $2, $3, $4)' USING as_at, as_recorded, month_start, month_end;
        END
        $fn$;
        """);

    private static readonly string MonthRowsFunction = $"{Schema}.measure_rows_for_month";

    /// <summary>The query of <see cref="MeasuresAtForMonth"/>: measures_at restricted to the clocks a month can read.</summary>
    public static Function MeasureRowsForMonth() => MeasuresAtFunction(MonthRowsFunction, ", month_start date, month_end date", """
              AND (c.actual_at IS NULL OR c.actual_at >= (month_start::timestamp AT TIME ZONE 'Europe/London')
                   OR c.actual_recorded_at >= (month_start::timestamp AT TIME ZONE 'Europe/London')
                   OR c.due_date BETWEEN month_start AND month_end)
        """);

    private const string MeasuresAtColumns = """
        child_id text, measure text, episode integer, unit text, target integer, rule_id text,
                       start_at timestamptz, start_date date, due_date date, due_at timestamptz,
                       actual_at timestamptz, actual_date date, elapsed numeric, status text,
                       start_recorded_at timestamptz, actual_recorded_at timestamptz
        """;

    /// <param name="name">The function's qualified name.</param>
    /// <param name="moreParameters">Parameters after (as_at, as_recorded), with a leading comma.</param>
    /// <param name="moreConditions">Conditions on the clock rows (alias c), each starting AND.</param>
    private static Function MeasuresAtFunction(string name, string moreParameters, string moreConditions) => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{name}}(as_at timestamptz, as_recorded boolean{{moreParameters}})
        RETURNS TABLE ({{MeasuresAtColumns}})
        LANGUAGE sql STABLE AS $fn$
          WITH clock AS (
            SELECT c.*,
                   CASE WHEN c.actual_at <= as_at AND (NOT as_recorded OR c.actual_recorded_at <= as_at) THEN c.actual_at END AS seen_actual_at,
                   CASE WHEN c.actual_at <= as_at AND (NOT as_recorded OR c.actual_recorded_at <= as_at) THEN c.actual_date END AS seen_actual_date,
                   (as_at AT TIME ZONE 'Europe/London')::date AS as_at_date
            FROM {{Schema}}.measure_clocks c
            WHERE c.start_at <= as_at AND (c.not_due_from IS NULL OR c.not_due_from > as_at)
              AND (NOT as_recorded OR c.start_recorded_at <= as_at)
              {{moreConditions.Trim()}}
          )
          SELECT k.child_id, k.measure, k.episode, k.unit, k.target, k.rule_id,
                 k.start_at, k.start_date, k.due_date, k.due_at, k.seen_actual_at, k.seen_actual_date,
                 CASE WHEN k.unit = '{{TimescaleUnits.Hours}}'
                      THEN round((extract(epoch FROM coalesce(k.seen_actual_at, as_at) - k.start_at) / 3600)::numeric, 2)
                      WHEN k.unit IN ('{{TimescaleUnits.Months}}', '{{TimescaleUnits.Weeks}}', '{{TimescaleUnits.Days}}')
                      THEN (coalesce(k.seen_actual_date, k.as_at_date) - k.start_date)::numeric
                      ELSE (SELECT e.working_day_index FROM {{Schema}}.calendar_days e WHERE e.day = coalesce(k.seen_actual_date, k.as_at_date))
                         - (SELECT s.working_day_index FROM {{Schema}}.calendar_days s WHERE s.day = k.start_date)
                 END,
                 CASE
                   WHEN k.unit = '{{TimescaleUnits.Hours}}' AND k.seen_actual_at IS NOT NULL THEN CASE WHEN k.seen_actual_at <= k.due_at THEN 'met' ELSE 'late' END
                   WHEN k.unit = '{{TimescaleUnits.Hours}}' THEN CASE WHEN as_at <= k.due_at THEN 'open-in-time' ELSE 'open-overdue' END
                   WHEN k.seen_actual_date IS NOT NULL THEN CASE WHEN k.seen_actual_date <= k.due_date THEN 'met' ELSE 'late' END
                   ELSE CASE WHEN k.as_at_date <= k.due_date THEN 'open-in-time' ELSE 'open-overdue' END
                 END,
                 k.start_recorded_at, k.actual_recorded_at
          FROM clock k
        $fn$;
        """);

    /// <summary>The as-occurred view at <c>as_at</c>: everything known now about what had happened by then.</summary>
    public static Function MeasuresAsAt() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{Schema}}.measures_as_at(as_at timestamptz)
        RETURNS TABLE (child_id text, measure text, episode integer, unit text, target integer, rule_id text,
                       start_at timestamptz, start_date date, due_date date, due_at timestamptz,
                       actual_at timestamptz, actual_date date, elapsed numeric, status text)
        LANGUAGE sql STABLE AS $fn$
          SELECT child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date, due_at,
                 actual_at, actual_date, elapsed, status
          FROM {{Schema}}.measures_at(as_at, false)
        $fn$;
        """);

    /// <summary>The as-recorded view at <c>as_at</c>: only what had been recorded by then.</summary>
    public static Function MeasuresAsRecorded() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{Schema}}.measures_as_recorded(as_at timestamptz)
        RETURNS TABLE (child_id text, measure text, episode integer, unit text, target integer, rule_id text,
                       start_at timestamptz, start_date date, due_date date, due_at timestamptz,
                       actual_at timestamptz, actual_date date, elapsed numeric, status text)
        LANGUAGE sql STABLE AS $fn$
          SELECT child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date, due_at,
                 actual_at, actual_date, elapsed, status
          FROM {{Schema}}.measures_at(as_at, true)
        $fn$;
        """);

    public static readonly string ElapsedUnitFunctionName = $"{Schema}.elapsed_unit";

    /// <summary>
    /// <c>elapsed_unit(unit)</c>: the unit a row's elapsed figure is counted in, written out from
    /// <see cref="TimescaleUnits.ElapsedUnit"/> so that SQL and the API say the same (decision 106).
    /// An analyst reading measures_as_at(t) names a row's elapsed unit with it.
    /// </summary>
    public static Function ElapsedUnit() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{ElapsedUnitFunctionName}}(unit text)
        RETURNS text
        LANGUAGE sql IMMUTABLE AS $fn$
          SELECT CASE unit {{string.Join(" ", TimescaleUnits.All.Select(u => $"WHEN '{u}' THEN '{TimescaleUnits.ElapsedUnit(u)}'"))}} END
        $fn$;
        """);

    /// <summary>
    /// The measures at now(), with <c>elapsed_unit</c> beside <c>elapsed</c> (decision 106): a clock
    /// counted in months reports its elapsed time in days. The columns are named, not <c>*</c>, so the
    /// unit sits next to the figure it qualifies.
    /// </summary>
    public static View MeasuresNow() =>
        new($"{Schema}.measures", $"""
            SELECT m.child_id, m.measure, m.episode, m.unit, m.target, m.rule_id, m.start_at, m.start_date, m.due_date, m.due_at,
                   m.actual_at, m.actual_date, m.elapsed, {ElapsedUnitFunctionName}(m.unit) AS elapsed_unit, m.status
            FROM {Schema}.measures_as_at(now()) m
            """);
}
