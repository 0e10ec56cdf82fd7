using System.Text.RegularExpressions;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Kpis;

/// <summary>
/// The monthly KPI pack in SQL. journey.kpis, journey.kpi_comparators and journey.child_population
/// hold the reference data (seeds/reference); kpi_children(month, as_recorded) lists every child
/// (and episode) a KPI counted for a month (kpi_children_by_month: for every month of a range at
/// once), with the team and worker holding the case and the
/// family at month end; kpi_pack(from, to, as_recorded) aggregates it per KPI, month and team (team
/// null: the whole authority) with change from last month, the previous three months' average,
/// comparators, direction against them and RAG. See docs/analytics.md.
/// </summary>
public static class KpiSchema
{
    private const string Schema = JourneyStore.Schema;
    public static readonly PostgresqlObjectName KpisTable = new(Schema, "kpis", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName ComparatorsTable = new(Schema, "kpi_comparators", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName PopulationTable = new(Schema, "child_population", SchemaUtils.IdentifierUsage.General);
    public static readonly string ChildrenFunction = $"{Schema}.kpi_children";
    public static readonly string PackFunction = $"{Schema}.kpi_pack";
    public static readonly string MonthCountsFunction = $"{Schema}.kpi_month_counts";

    /// <summary>
    /// The KPIs kpi_children_of_months counts: each of its branches names its KPI as <c>'kpi-id'::text</c>.
    /// </summary>
    public static readonly IReadOnlySet<string> CountedKpis = Regex.Matches(SqlFile.Text(typeof(KpiSchema), "kpi_children_of_months"), "'([a-z0-9-]+)'::text")
        .Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>Every table and function of the pack, in the order they must be created.</summary>
    public static IEnumerable<ISchemaObject> Objects() =>
    [
        Kpis(), Comparators(), Population(), KpiKeptSchema.CountsTable(), Months(), ChildrenOfMonths(), ChildrenByMonth(), Children(),
        MonthCounts(), PackOfCounts(), Pack(), .. KpiKeptSchema.Objects(),
    ];

    private static Table Kpis()
    {
        var table = new Table(KpisTable);
        table.AddColumn("kpi_id", "text").AsPrimaryKey();
        // The order of seeds/reference/kpis.csv, which the pack keeps.
        table.AddColumn("position", "integer").NotNull();
        foreach (var column in new[] { "number", "title", "frequency", "service_area", "better", "unit" })
            table.AddColumn(column, "text").NotNull();
        table.AddColumn("green_from", "numeric").NotNull();
        table.AddColumn("amber_from", "numeric").NotNull();
        table.AddColumn("basis", "text").NotNull();
        return table;
    }

    private static Table Comparators()
    {
        var table = new Table(ComparatorsTable);
        table.AddColumn("kpi_id", "text").AsPrimaryKey();
        table.AddColumn("comparator", "text").AsPrimaryKey();
        table.AddColumn("effective_from", "date").AsPrimaryKey();
        table.AddColumn("value", "numeric").NotNull();
        table.AddColumn("source", "text").NotNull();
        return table;
    }

    private static Table Population()
    {
        var table = new Table(PopulationTable);
        table.AddColumn("effective_from", "date").AsPrimaryKey();
        table.AddColumn("children", "integer").NotNull();
        table.AddColumn("source", "text").NotNull();
        return table;
    }

    /// <summary>
    /// Every month asked for in one query, so that a pack of four months (the month and the three
    /// before it, for the average) is planned once: planning the query took about as long as running
    /// it for a month. PL/pgSQL rather than SQL so its body is checked when first called, not when
    /// created: it reads functions that other projections create. JIT is off for the pack functions:
    /// their plans are large and cheap to run, and compiling them took seconds (measured: 2.1 s of a
    /// 2.2 s month at 10 authority-years, 89 ms without). <c>months</c> is an array so that the plan
    /// knows how many months there are (generate_series is guessed at a thousand rows). What each KPI of
    /// seeds/reference/kpis.csv counts is one branch of its UNION ALL, named by its KPI (<see cref="CountedKpis"/>): a KPI
    /// with none is refused at start-up, since it would show zeros that look like performance.
    /// </summary>
    private static Function ChildrenOfMonths() => SqlFile.Function(typeof(KpiSchema), "kpi_children_of_months");

    /// <summary>The months from <c>from_month</c> to <c>to_month</c> (their first days), as an array.</summary>
    private static Function Months() => SqlFile.Function(typeof(KpiSchema), "kpi_pack_months");

    /// <summary>Every month of a range: <see cref="ChildrenOfMonths"/> for the months from one to the other.</summary>
    private static Function ChildrenByMonth() => SqlFile.Function(typeof(KpiSchema), "kpi_children_by_month");

    /// <summary>One month of <see cref="ChildrenByMonth"/>, as the children endpoint asks for it.</summary>
    private static Function Children() => SqlFile.Function(typeof(KpiSchema), "kpi_children");

    /// <summary>
    /// What the pack counts for each month, KPI and team (team null: the authority), before it is valued: the costly
    /// part of a month's figures, and all of it that the store's rows decide, so it is what the pack keeps
    /// (<see cref="KpiKeptSchema"/>). Each row of a KPI's children counts once for the authority and once for its team.
    /// </summary>
    private static Function MonthCounts() => SqlFile.Function(typeof(KpiSchema), "kpi_month_counts");

    /// <summary>The pack worked out afresh: every month's counts, from the month three before the first, then valued.</summary>
    private static Function Pack() => SqlFile.Function(typeof(KpiSchema), "kpi_pack");

    /// <summary>
    /// The pack from each month's counts (<c>counts</c>, from the month three before <c>from_month</c> to
    /// <c>to_month</c>): every KPI for every month and for the authority and every team counted in any of them, with its
    /// value, change from last month, previous three months' average, comparators, direction and RAG.
    /// </summary>
    private static Function PackOfCounts() => SqlFile.Function(typeof(KpiSchema), "kpi_pack_of_counts");
}
