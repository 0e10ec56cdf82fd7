using Journey.Domain.Kpis;
using Journey.Projections.Allocations;
using Journey.Projections.Families;
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
    public static readonly string ChildrenByMonthFunction = $"{Schema}.kpi_children_by_month";
    public static readonly string PackFunction = $"{Schema}.kpi_pack";
    public static readonly string ChildrenOfMonthsFunction = $"{Schema}.kpi_children_of_months";
    public static readonly string MonthsFunction = $"{Schema}.kpi_pack_months";
    public static readonly string MonthCountsFunction = $"{Schema}.kpi_month_counts";
    public static readonly string PackOfCountsFunction = $"{Schema}.kpi_pack_of_counts";

    /// <summary>The columns of the pack, as kpi_pack, kpi_pack_of_counts and kpi_pack_kept return them.</summary>
    public const string PackColumns = """
        kpi_id text, number text, title text, frequency text, service_area text, better text, unit text,
        team text, month date, numerator bigint, denominator bigint, value numeric,
        change_from_last_month numeric, previous_three_month_average numeric,
        families bigint, families_met bigint, family_value numeric,
        statistical_neighbours numeric, england numeric, west_midlands numeric,
        direction_vs_statistical_neighbours text, direction_vs_england text, rag text
        """;

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
    /// knows how many months there are (generate_series is guessed at a thousand rows).
    /// </summary>
    private static Function ChildrenOfMonths() => JourneyFunction.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{ChildrenOfMonthsFunction}}(months date[], as_recorded boolean)
        RETURNS TABLE (month date, kpi_id text, child_id text, episode integer, team text, worker text, family_id text, met boolean)
        LANGUAGE plpgsql STABLE SET jit = off AS $fn$
        #variable_conflict use_column
        BEGIN
          RETURN QUERY
          WITH month_list AS MATERIALIZED (
            SELECT r.month, date_trunc('month', r.month)::date AS month_start,
                   (date_trunc('month', r.month) + interval '1 month - 1 day')::date AS month_end,
                   ((date_trunc('month', r.month) + interval '1 month')::timestamp AT TIME ZONE 'Europe/London') - interval '1 microsecond' AS as_at,
                   make_date(extract(year FROM r.month)::integer - CASE WHEN extract(month FROM r.month) < 4 THEN 1 ELSE 0 END, 4, 1) AS year_start
            FROM unnest(months) r(month)
          ), clock AS MATERIALIZED (
            SELECT m.month, m.month_start, m.month_end, c.child_id, c.measure, c.episode, c.status, c.actual_date, c.due_date
            FROM month_list m CROSS JOIN LATERAL {{Schema}}.measures_at_for_month(m.as_at, as_recorded, m.month_start, m.month_end) c
            WHERE c.measure IN ({{string.Join(", ", KpiSources.ClockMeasures.Select(m => $"'{m}'"))}})
              AND {{KpiSources.ClockRowsRead}}
          ), counted (month, kpi_id, child_id, episode, met) AS (
            {{string.Join("\n    UNION ALL\n", KpiSources.ByKpi.Select(s => $"SELECT k.month, '{s.Key}'::text, k.child_id, k.episode, k.met FROM ({s.Value}) k(month, child_id, episode, met)"))}}
          )
          SELECT k.month, k.kpi_id, k.child_id, k.episode, a.team, a.worker, coalesce(f.family_id, 'child:' || k.child_id), k.met
          FROM counted k
          JOIN month_list m ON m.month = k.month
          LEFT JOIN LATERAL (
            SELECT al.team, al.worker FROM {{AllocationProjection.AllocationsTable.QualifiedName}} al
            WHERE al.child_id = k.child_id AND al.allocated_at <= m.as_at ORDER BY al.allocated_at DESC, al.version DESC LIMIT 1
          ) a ON true
          LEFT JOIN LATERAL (
            SELECT fm.family_id FROM {{FamilyMembershipProjection.MembersTable.QualifiedName}} fm
            WHERE fm.child_id = k.child_id AND fm.linked_at <= m.as_at AND (fm.unlinked_at IS NULL OR fm.unlinked_at > m.as_at)
            ORDER BY fm.linked_at DESC LIMIT 1
          ) f ON true;
        END
        $fn$;
        """);

    /// <summary>The months from <c>from_month</c> to <c>to_month</c> (their first days), as an array.</summary>
    private static Function Months() => JourneyFunction.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{MonthsFunction}}(from_month date, to_month date)
        RETURNS date[]
        LANGUAGE sql IMMUTABLE AS $fn$
          SELECT ARRAY(SELECT m::date FROM generate_series(date_trunc('month', from_month), date_trunc('month', to_month), interval '1 month') m)
        $fn$;
        """);

    /// <summary>Every month of a range: <see cref="ChildrenOfMonths"/> for the months from one to the other.</summary>
    private static Function ChildrenByMonth() => JourneyFunction.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{ChildrenByMonthFunction}}(from_month date, to_month date, as_recorded boolean)
        RETURNS TABLE (month date, kpi_id text, child_id text, episode integer, team text, worker text, family_id text, met boolean)
        LANGUAGE plpgsql STABLE SET jit = off AS $fn$
        BEGIN
          RETURN QUERY SELECT k.* FROM {{ChildrenOfMonthsFunction}}({{MonthsFunction}}(from_month, to_month), as_recorded) k;
        END
        $fn$;
        """);

    /// <summary>One month of <see cref="ChildrenByMonth"/>, as the children endpoint asks for it.</summary>
    private static Function Children() => JourneyFunction.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{ChildrenFunction}}(report_month date, as_recorded boolean)
        RETURNS TABLE (kpi_id text, child_id text, episode integer, team text, worker text, family_id text, met boolean)
        LANGUAGE sql STABLE AS $fn$
          SELECT k.kpi_id, k.child_id, k.episode, k.team, k.worker, k.family_id, k.met
          FROM {{ChildrenByMonthFunction}}(report_month, report_month, as_recorded) k
        $fn$;
        """);

    /// <summary>
    /// What the pack counts for each month, KPI and team (team null: the authority), before it is valued: the costly
    /// part of a month's figures, and all of it that the store's rows decide, so it is what the pack keeps
    /// (<see cref="KpiKeptSchema"/>). Each row of a KPI's children counts once for the authority and once for its team.
    /// </summary>
    private static Function MonthCounts() => JourneyFunction.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{MonthCountsFunction}}(months date[], as_recorded boolean)
        RETURNS SETOF {{KpiKeptSchema.CountsTableName.QualifiedName}}
        LANGUAGE plpgsql STABLE SET jit = off AS $fn$
        BEGIN
          RETURN QUERY
          SELECT k.month, kpi_month_counts.as_recorded, k.kpi_id, x.team, count(*), count(*) FILTER (WHERE k.met),
                 count(DISTINCT k.family_id), count(DISTINCT k.family_id) - count(DISTINCT k.family_id) FILTER (WHERE NOT k.met)
          -- Every month in one call: one plan for all of them (see kpi_children_of_months).
          FROM {{ChildrenOfMonthsFunction}}(months, kpi_month_counts.as_recorded) k
          CROSS JOIN LATERAL (VALUES (NULL::text), (coalesce(k.team, '{{KpiPack.Unallocated}}'))) x(team)
          GROUP BY k.month, k.kpi_id, x.team;
        END
        $fn$;
        """);

    /// <summary>The pack worked out afresh: every month's counts, from the month three before the first, then valued.</summary>
    private static Function Pack() => JourneyFunction.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{PackFunction}}(from_month date, to_month date, as_recorded boolean)
        RETURNS TABLE ({{PackColumns}})
        LANGUAGE plpgsql STABLE SET jit = off AS $fn$
        BEGIN
          RETURN QUERY
          SELECT p.* FROM {{PackOfCountsFunction}}(from_month, to_month, ARRAY(
            SELECT c FROM {{MonthCountsFunction}}({{MonthsFunction}}((from_month - interval '3 months')::date, to_month), as_recorded) c)) p;
        END
        $fn$;
        """);

    /// <summary>
    /// The pack from each month's counts (<c>counts</c>, from the month three before <c>from_month</c> to
    /// <c>to_month</c>): every KPI for every month and for the authority and every team counted in any of them, with its
    /// value, change from last month, previous three months' average, comparators, direction and RAG.
    /// </summary>
    private static Function PackOfCounts() => JourneyFunction.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{PackOfCountsFunction}}(from_month date, to_month date, counts {{KpiKeptSchema.CountsTableName.QualifiedName}}[])
        RETURNS TABLE ({{PackColumns}})
        LANGUAGE plpgsql STABLE SET jit = off AS $fn$
        #variable_conflict use_column
        BEGIN
          RETURN QUERY
          WITH month_list AS (
            SELECT m::date AS month
            FROM generate_series(date_trunc('month', from_month) - interval '3 months', date_trunc('month', to_month), interval '1 month') m
          ), totals AS (
            SELECT t.kpi_id, t.month, t.team, t.rows_counted, t.rows_met, t.families, t.families_met
            FROM unnest(counts) t JOIN month_list ml ON ml.month = t.month
          ), grid AS (
            SELECT d.*, ml.month, t.team,
                   (SELECT p.children FROM {{PopulationTable.QualifiedName}} p WHERE p.effective_from <= ml.month
                    ORDER BY p.effective_from DESC LIMIT 1) AS population,
                   coalesce(s.rows_counted, 0) AS rows_counted, coalesce(s.rows_met, 0) AS rows_met,
                   coalesce(s.families, 0) AS families, coalesce(s.families_met, 0) AS families_met
            FROM {{KpisTable.QualifiedName}} d
            CROSS JOIN month_list ml
            CROSS JOIN (SELECT NULL::text AS team UNION SELECT DISTINCT s.team FROM totals s WHERE s.team IS NOT NULL) t
            LEFT JOIN totals s ON s.kpi_id = d.kpi_id AND s.month = ml.month AND s.team IS NOT DISTINCT FROM t.team
          ), valued AS (
            SELECT g.*,
                   CASE g.unit WHEN '{{KpiUnits.Percent}}' THEN g.rows_met ELSE g.rows_counted END AS numerator,
                   CASE g.unit WHEN '{{KpiUnits.Percent}}' THEN g.rows_counted
                               WHEN '{{KpiUnits.PerTenThousand}}' THEN g.population END::bigint AS denominator,
                   CASE g.unit WHEN '{{KpiUnits.Percent}}' THEN round(100.0 * g.rows_met / nullif(g.rows_counted, 0), 1)
                               WHEN '{{KpiUnits.PerTenThousand}}' THEN round(10000.0 * g.rows_counted / nullif(g.population, 0), 1)
                               ELSE g.rows_counted END AS value,
                   CASE g.unit WHEN '{{KpiUnits.Percent}}' THEN round(100.0 * g.families_met / nullif(g.families, 0), 1)
                               ELSE g.families END AS family_value
            FROM grid g
          ), compared AS (
            SELECT v.*,
                   v.value - lag(v.value) OVER w AS change_from_last_month,
                   round(avg(v.value) OVER (w ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING), 1) AS previous_three_month_average,
                   {{Comparator("statistical-neighbours")}} AS statistical_neighbours,
                   {{Comparator("england")}} AS england,
                   {{Comparator("west-midlands")}} AS west_midlands
            FROM valued v
            WINDOW w AS (PARTITION BY v.kpi_id, v.team ORDER BY v.month)
          )
          SELECT c.kpi_id, c.number, c.title, c.frequency, c.service_area, c.better, c.unit, c.team, c.month,
                 c.numerator, c.denominator, c.value, c.change_from_last_month, c.previous_three_month_average,
                 c.families, c.families_met, c.family_value, c.statistical_neighbours, c.england, c.west_midlands,
                 {{Direction("c.statistical_neighbours")}}, {{Direction("c.england")}},
                 CASE WHEN c.value IS NULL THEN NULL
                      WHEN c.better = 'higher' THEN CASE WHEN c.value >= c.green_from THEN 'green' WHEN c.value >= c.amber_from THEN 'amber' ELSE 'red' END
                      ELSE CASE WHEN c.value <= c.green_from THEN 'green' WHEN c.value <= c.amber_from THEN 'amber' ELSE 'red' END
                 END
          FROM compared c
          WHERE c.month >= date_trunc('month', from_month)
          ORDER BY c.position, c.team NULLS FIRST, c.month;
        END
        $fn$;
        """);

    /// <summary>The comparator's value in force in the row's month.</summary>
    private static string Comparator(string comparator) => $"""
        (SELECT k.value FROM {ComparatorsTable.QualifiedName} k
         WHERE k.kpi_id = v.kpi_id AND k.comparator = '{comparator}' AND k.effective_from <= v.month
         ORDER BY k.effective_from DESC LIMIT 1)
        """;

    private static string Direction(string comparator) => $"""
        CASE WHEN c.value IS NULL OR {comparator} IS NULL THEN NULL
             WHEN c.value = {comparator} THEN 'same'
             WHEN (c.better = 'higher') = (c.value > {comparator}) THEN 'better' ELSE 'worse' END
        """;
}
