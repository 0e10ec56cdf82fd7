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
    /// <c>measures_at(as_at, as_recorded)</c> (measures_at.sql): status and elapsed time as they stood at
    /// <c>as_at</c>, the rows of <see cref="MeasureRowsForMonth"/> for no month (every clock). Its
    /// statuses and units are those of <see cref="TimescaleUnits"/>.
    /// </summary>
    public static Function MeasuresAt() => SqlFile.Function(typeof(MeasureSchema), "measures_at");

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
    public static Function MeasuresAtForMonth() => SqlFile.Function(typeof(MeasureSchema), "measures_at_for_month");

    /// <summary>
    /// <c>measure_rows_for_month(as_at, as_recorded, month_start, month_end)</c> (measure_rows_for_month.sql):
    /// the one query of the measures, which measures_at and measures_at_for_month both read. Status and
    /// elapsed time as they stood at <c>as_at</c>: a clock that started later is absent, an actual happening
    /// later is treated as not yet happened, and an open clock is counted against as_at. With
    /// <c>as_recorded</c>, only what had been recorded by as_at counts as well (the as-recorded view a
    /// month-end report saw); the difference is recording lag. Working days come from
    /// <c>calendar_days.working_day_index</c>, the count of working days up to and including each day, so the
    /// working days after start up to and including d are index(d) - index(start). Given a month, only the
    /// clocks a month can read; a null month_start is every clock (measures_at). The planner folds
    /// <c>month_start IS NULL</c> away when the month is a constant, as in measures_at and in the query
    /// measures_at_for_month runs with EXECUTE, so each is planned as its own query was (decision 146).
    /// </summary>
    public static Function MeasureRowsForMonth() => SqlFile.Function(typeof(MeasureSchema), "measure_rows_for_month");

    /// <summary>The as-occurred view at <c>as_at</c>: everything known now about what had happened by then.</summary>
    public static Function MeasuresAsAt() => SqlFile.Function(typeof(MeasureSchema), "measures_as_at");

    /// <summary>The as-recorded view at <c>as_at</c>: only what had been recorded by then.</summary>
    public static Function MeasuresAsRecorded() => SqlFile.Function(typeof(MeasureSchema), "measures_as_recorded");

    public static readonly string ElapsedUnitFunctionName = $"{Schema}.elapsed_unit";

    /// <summary>
    /// <c>elapsed_unit(unit)</c>: the unit a row's elapsed figure is counted in, as
    /// <see cref="TimescaleUnits.ElapsedUnit"/> says, so that SQL and the API say the same (decision 106;
    /// a test holds the file to TimescaleUnits). An analyst reading measures_as_at(t) names a row's elapsed
    /// unit with it.
    /// </summary>
    public static Function ElapsedUnit() => SqlFile.Function(typeof(MeasureSchema), "elapsed_unit");

    /// <summary>
    /// The view <c>measures</c>: the measures at now(), with <c>elapsed_unit</c> beside <c>elapsed</c>
    /// (decision 106): a clock counted in months reports its elapsed time in days. The columns are named,
    /// not <c>*</c>, so the unit sits next to the figure it qualifies.
    /// </summary>
    public static View MeasuresNow() => SqlFile.View(typeof(MeasureSchema), "measures");
}
