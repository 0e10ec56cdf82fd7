using Journey.Projections.Reference;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Reviews;

/// <summary>
/// Tables and an as-at function for a chain of statutory events where each one falls due from the
/// one actually held before it: child protection review conferences and visits, child in need
/// visits, looked-after reviews, pre-proceedings meetings, pathway plan reviews, adviser contacts.
/// The first falls due by <see cref="ChainRules.First"/> from the episode's start, the second by
/// <see cref="ChainRules.Second"/> after the first, later ones by <see cref="ChainRules.Later"/>
/// after the previous; each interval is the rule in force on the date it runs from, in working
/// days, calendar days, weeks or months (an hours rule gives no date), or by the child's age (<see cref="AgeBand"/>). A chain may settle (<see cref="SettledRule"/>):
/// intervals running from an event held long enough after the episode's settled_from fall due by
/// another rule. One row per event held, and one for the next due while the episode is open; status
/// is met, late, open-in-time, open-overdue, or no-rule.
/// </summary>
public static class ReviewChainSchema
{
    /// <summary>
    /// One row per episode (a plan, a period of care): when it started and, once over, ended, and when
    /// each was recorded (started_recorded_at, ended_recorded_at: the as-recorded view's).
    /// </summary>
    public static Table EpisodeTable(PostgresqlObjectName name, string numberColumn, string startColumn, string endColumn)
    {
        var table = new Table(name);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn(numberColumn, "integer").AsPrimaryKey();
        table.AddColumn(startColumn, "timestamptz").NotNull();
        table.AddColumn(endColumn, "timestamptz");
        AddEpisodeRecordedColumns(table);
        return table;
    }

    /// <summary>
    /// When an episode's start and end were first recorded. Nullable so that a database made before
    /// they existed takes them; a row without one is not known to the as-recorded view until its
    /// projection is rebuilt.
    /// </summary>
    public static void AddEpisodeRecordedColumns(Table table)
    {
        table.AddColumn("started_recorded_at", "timestamptz");
        table.AddColumn("ended_recorded_at", "timestamptz");
    }

    /// <summary>
    /// One row per review held, keyed by its stream version so that corrections and withdrawals
    /// find it, with when it was first recorded (recorded_at; nullable as for episodes).
    /// </summary>
    public static Table HeldTable(PostgresqlObjectName name, string numberColumn)
    {
        var table = new Table(name);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn(numberColumn, "integer").NotNull();
        table.AddColumn("held_at", "timestamptz").NotNull();
        table.AddColumn("recorded_at", "timestamptz");
        return table;
    }

    /// <summary>
    /// Inside a chain function (or SQL embedded in one: its episodes and held SQL), whether a row
    /// recorded at <paramref name="recordedAt"/> counts: always as occurred, and as recorded only
    /// when it had been recorded by as_at.
    /// </summary>
    public static string Known(string recordedAt) => $"(NOT as_recorded OR {recordedAt} <= as_at)";

    /// <summary>The opposite of <see cref="Known"/>: as recorded, not recorded by as_at (or with no recorded time).</summary>
    public static string NotYetKnown(string recordedAt) => $"(NOT coalesce({Known(recordedAt)}, false))";

    /// <param name="First">Rulebook measure from the episode's start to the first.</param>
    /// <param name="Second">Rulebook measure from the first held to the second.</param>
    /// <param name="Later">Rulebook measure from each one held to the next.</param>
    /// <param name="Settled">Optional switch to another interval once the episode has settled.</param>
    public sealed record ChainRules(string First, string Second, string Later, SettledRule? Settled = null)
    {
        /// <summary>When set, every interval is chosen by the child's age instead (see <see cref="AgeBand"/>).</summary>
        public AgeBand? ByAge { get; init; }

        /// <summary>A chain whose every interval is chosen by the child's age on the date it runs from.</summary>
        public static ChainRules AgeBanded(AgeBand band) => new(band.Younger, band.Younger, band.Younger) { ByAge = band };
    }

    /// <summary>
    /// For episodes whose SQL yields <c>settled</c> true, an interval running from an event held at
    /// least <paramref name="After"/> after the episode's <c>settled_from</c> falls due by
    /// <paramref name="Later"/> instead (a long-term placement after its first year). Both rules are
    /// those in force on the date the interval runs from.
    /// </summary>
    /// <param name="After">Rulebook measure: how long after settled_from the switch comes.</param>
    /// <param name="Later">Rulebook measure for the intervals after it.</param>
    public sealed record SettledRule(string After, string Later);

    /// <summary>
    /// An interval chosen by the child's age on the date it runs from: before the age the rulebook's
    /// <paramref name="AgeMeasure"/> names (its target, in months from the date of birth; the row in
    /// force on that date) the <paramref name="Younger"/> measure applies, from it the
    /// <paramref name="Older"/>. The episodes SQL of such a chain also yields the child's
    /// date_of_birth; with none recorded no interval can be chosen, and the status is no-date-of-birth.
    /// </summary>
    public sealed record AgeBand(string AgeMeasure, string Younger, string Older);

    /// <param name="name">Qualified function name.</param>
    /// <param name="numberColumn">The episode number's output column, e.g. plan_number.</param>
    /// <param name="ordinalColumn">The output column counting the chain, e.g. review.</param>
    /// <param name="episodes">SQL yielding child_id, number, started_at, ended_at, started_recorded_at, ended_recorded_at
    /// (and settled, settled_from with a <see cref="SettledRule"/>; date_of_birth with an <see cref="AgeBand"/>).</param>
    /// <param name="reviews">SQL yielding child_id, number, held_at, recorded_at.</param>
    /// <remarks>
    /// The function is name(as_at, as_recorded), with name(as_at) the as-occurred view. As recorded at
    /// as_at, an episode counts only once its start had been recorded, its end only once that had, and
    /// an event held only once it had. Both SQL fragments may read as_at and as_recorded (see
    /// <see cref="Known"/>), so that a fragment placing an event in an episode by its dates does so
    /// by the episode as then known.
    /// </remarks>
    public static Function Build(string name, string numberColumn, string ordinalColumn, string episodes, string reviews, ChainRules rules)
    {
        // Only chains that settle or go by age carry the extra columns through; the SQL of every other chain is as it was.
        var settled = rules.Settled is null ? "" : ", e.settled, e.settled_from";
        var settledGroup = rules.Settled is null ? "" : ", p.settled, p.settled_from";
        var born = rules.ByAge is null ? "" : ", e.date_of_birth";
        var bornHeld = rules.ByAge is null ? "" : ", p.date_of_birth";
        var noDue = rules.ByAge is null ? "'no-rule'" : "CASE WHEN {0}.date_of_birth IS NULL THEN 'no-date-of-birth' ELSE 'no-rule' END";
        var columns = $"child_id text, {numberColumn} integer, {ordinalColumn} integer, due_date date, held_at timestamptz, status text, due_from date, rule_id text";
        // With openOnly (the next-due function) the events held are not numbered: the next due needs
        // only how many were held in the episode and the last (count and max), and the join to the
        // open episodes reads only theirs. Without the window over every event held, the planner looks
        // each open episode's events up by index (measured at 10 authority-years, a month end: the
        // protection visits' next due 4.3 ms to 0.9 ms, case supervision's 5.8 ms to 1.2 ms).
        string EpisodesAndHeld(bool openOnly) => $$"""
            episode AS (
              SELECT e.child_id, e.number, e.started_at,
                     CASE WHEN e.ended_at <= as_at AND {{Known("e.ended_recorded_at")}} THEN e.ended_at END AS ended_at{{settled}}{{born}}
              FROM ({{episodes}}) e WHERE e.started_at <= as_at AND {{Known("e.started_recorded_at")}}
            ), held AS (
              SELECT r.child_id, r.number, r.held_at{{(openOnly ? "" : """
            ,
                     row_number() OVER (PARTITION BY r.child_id, r.number ORDER BY r.held_at)::integer AS review,
                     lag(r.held_at) OVER (PARTITION BY r.child_id, r.number ORDER BY r.held_at) AS previous
            """)}}
              FROM ({{reviews}}) r WHERE r.held_at <= as_at AND {{Known("r.recorded_at")}}
            )
            """;
        var chain = $$"""
            chain AS (
              SELECT h.child_id, h.number, h.review, h.held_at, {{Due("h.review", "h.previous", rules)}} AS due_date,
                     {{DueFromDate("h.review", "h.previous")}} AS due_from, {{RuleApplied("h.review", "h.previous", rules)}} AS rule_id{{bornHeld}}
              FROM held h JOIN episode p ON p.child_id = h.child_id AND p.number = h.number
            )
            """;
        var nextDue = $$"""
            next_due AS (
              SELECT p.child_id, p.number, count(h.held_at)::integer + 1 AS review,
                     {{Due("count(h.held_at) + 1", "max(h.held_at)", rules)}} AS due_date,
                     {{DueFromDate("count(h.held_at) + 1", "max(h.held_at)")}} AS due_from,
                     {{RuleApplied("count(h.held_at) + 1", "max(h.held_at)", rules)}} AS rule_id{{bornHeld}}
              FROM episode p LEFT JOIN held h ON h.child_id = p.child_id AND h.number = p.number
              WHERE p.ended_at IS NULL
              GROUP BY p.child_id, p.number, p.started_at{{settledGroup}}{{bornHeld}}
            )
            """;
        var heldRows = $$"""
            SELECT c.child_id, c.number, c.review, c.due_date, c.held_at,
                   CASE WHEN c.due_date IS NULL THEN {{string.Format(noDue, "c")}}
                        WHEN (c.held_at AT TIME ZONE 'Europe/London')::date <= c.due_date THEN 'met' ELSE 'late' END,
                   c.due_from, c.rule_id
            FROM chain c
            """;
        var nextRows = $$"""
            SELECT n.child_id, n.number, n.review, n.due_date, NULL::timestamptz,
                   CASE WHEN n.due_date IS NULL THEN {{string.Format(noDue, "n")}}
                        WHEN (as_at AT TIME ZONE 'Europe/London')::date <= n.due_date THEN 'open-in-time' ELSE 'open-overdue' END,
                   n.due_from, n.rule_id
            FROM next_due n
            """;
        return JourneyFunction.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{name}}(as_at timestamptz, as_recorded boolean)
        RETURNS TABLE ({{columns}})
        LANGUAGE sql STABLE AS $fn$
          WITH {{EpisodesAndHeld(false)}}, {{chain}}, {{nextDue}}
          {{heldRows}}
          UNION ALL
          {{nextRows}}
        $fn$;
        {{AsOccurred(name, columns)}}
        CREATE OR REPLACE FUNCTION {{NextDueOnly(name)}}(as_at timestamptz, as_recorded boolean)
        RETURNS TABLE ({{columns}})
        LANGUAGE sql STABLE AS $fn$
          WITH {{EpisodesAndHeld(true)}}, {{nextDue}}
          {{nextRows}}
        $fn$;
        """);
    }

    /// <summary>
    /// The chain's function for only the next event due in each open episode (the rows of the full
    /// function with no held_at): work lists and month-end KPIs need only these, and skipping every
    /// held row's due date makes it many times cheaper over years of history.
    /// </summary>
    public static string NextDueOnly(string name) => $"{name}_next_due";

    /// <summary>
    /// The one-argument form name(as_at): the as-occurred view, as every chain function had before the
    /// as-recorded one. A separate function rather than a default argument, so that a database still
    /// holding the one-argument function has no ambiguous call while it is replaced. Created after the
    /// two-argument function it reads, in the same schema object, so that a migration drops and
    /// creates both together.
    /// </summary>
    public static string AsOccurred(string name, string columns) => $$"""
        CREATE OR REPLACE FUNCTION {{name}}(as_at timestamptz)
        RETURNS TABLE ({{columns}})
        LANGUAGE sql STABLE AS $fn$
          SELECT * FROM {{name}}(as_at, false)
        $fn$;
        """;

    private static string Due(string review, string previous, ChainRules rules) => Choose(review, previous, rules, DueFromMeasure);

    /// <summary>The rulebook row (rule_id) that set the due date <see cref="Due"/> gives.</summary>
    private static string RuleApplied(string review, string previous, ChainRules rules) =>
        Choose(review, previous, rules, (measureSql, from, on) => $"({RuleInForceOf(measureSql, on ?? from, "t.rule_id")})");

    /// <summary>The date the interval runs from: the episode's start for the first, else the one held before.</summary>
    private static string DueFromDate(string review, string previous) =>
        $"CASE WHEN {review} = 1 THEN {Start} ELSE {Held(previous)} END";

    private const string Start = "(p.started_at AT TIME ZONE 'Europe/London')::date";
    private static string Held(string previous) => $"(({previous}) AT TIME ZONE 'Europe/London')::date";

    /// <summary>
    /// Which rulebook measure applies to each event of the chain, and from which date, as SQL:
    /// <paramref name="pick"/> turns (measure as SQL, from date, rule-in-force date or null) into the
    /// value wanted (the due date, or the rule applied).
    /// </summary>
    private static string Choose(string review, string previous, ChainRules rules, Func<string, string, string?, string> pick)
    {
        var held = Held(previous);
        if (rules.ByAge is { } band)
            return $"""
                CASE WHEN {review} = 1 THEN {pick(MeasureByAge(band, Start), Start, null)}
                     ELSE {pick(MeasureByAge(band, held), held, null)}
                END
                """;
        var settledFrom = "(p.settled_from AT TIME ZONE 'Europe/London')::date";
        var settled = rules.Settled is not { } s ? "" : "\n" + $"""
                 WHEN {review} > 1 AND p.settled AND {held} >= {DueFrom(s.After, settledFrom, held)} THEN {pick($"'{s.Later}'", held, null)}
            """;
        return $"""
            CASE WHEN {review} = 1 THEN {pick($"'{rules.First}'", Start, null)}{settled}
                 WHEN {review} = 2 THEN {pick($"'{rules.Second}'", held, null)}
                 ELSE {pick($"'{rules.Later}'", held, null)}
            END
            """;
    }

    /// <summary>
    /// The band's measure for the child's age on <paramref name="from"/> (p.date_of_birth), or null
    /// when the date of birth or the band's age rule is missing.
    /// </summary>
    private static string MeasureByAge(AgeBand band, string from)
    {
        var age = $"({RuleInForce(band.AgeMeasure, from, "t.target")})";
        return $"""
            (CASE WHEN p.date_of_birth IS NULL OR {age} IS NULL THEN NULL
                  WHEN {from} < {Children.ChildDetailsSchema.DateAtAgeFunction}(p.date_of_birth, {age}) THEN '{band.Younger}'
                  ELSE '{band.Older}' END)
            """;
    }

    /// <summary>
    /// The due date <paramref name="from"/> a date by the rulebook's <paramref name="measure"/> in
    /// force on that date, in the rule's own unit and counting (decision 77): working days (day 0 is
    /// the from date; the first working day whose working-day index is that many above it), calendar
    /// days, weeks or calendar months. A day-1 rule ("beginning with the day") counts the from date as
    /// the first day, so its period ends a day earlier (<c>DueDates</c> in the domain): a day less in
    /// days and weeks, the day before the same date in months (or the month's last day when it has
    /// none), and in working days one fewer when the from date is itself a working day. With
    /// <paramref name="on"/>, the rule in force on that date instead.
    /// </summary>
    public static string DueFrom(string measure, string from, string? on = null) => DueFromMeasure($"'{measure}'", from, on);

    /// <summary>As <see cref="DueFrom"/>, the measure given as a SQL expression.</summary>
    private static string DueFromMeasure(string measureSql, string from, string? on = null) => $"""
        (SELECT CASE r.unit
                  WHEN 'working-days' THEN
                    (SELECT min(d.day) FROM {ReferenceSchema.CalendarTable.QualifiedName} d
                     WHERE d.is_working_day AND d.working_day_index =
                           (SELECT s.working_day_index - CASE WHEN r.day_one AND s.is_working_day THEN 1 ELSE 0 END
                            FROM {ReferenceSchema.CalendarTable.QualifiedName} s WHERE s.day = {from}) + r.target)
                  WHEN 'weeks' THEN {from} - r.day_one::integer + 7 * r.target
                  WHEN 'days' THEN {from} - r.day_one::integer + r.target
                  WHEN 'months' THEN ({from} + make_interval(months => r.target))::date
                       - CASE WHEN r.day_one AND extract(day FROM {from} + make_interval(months => r.target)) = extract(day FROM {from})
                              THEN 1 ELSE 0 END
                END
         FROM ({RuleInForceOf(measureSql, on ?? from, "t.unit, t.target, t.counting IS NOT DISTINCT FROM 'day-1' AS day_one")}) r)
        """;

    /// <summary>The target of the rulebook's <paramref name="measure"/> in force on the episode's start.</summary>
    public static string RuleTarget(string measure) =>
        $"({RuleInForce(measure, "(p.started_at AT TIME ZONE 'Europe/London')::date", "t.target")})";

    /// <summary>The rulebook row for <paramref name="measure"/> in force on the date <paramref name="on"/>, as a subquery.</summary>
    private static string RuleInForce(string measure, string on, string columns) => RuleInForceOf($"'{measure}'", on, columns);

    private static string RuleInForceOf(string measureSql, string on, string columns) => $"""
        SELECT {columns} FROM {ReferenceSchema.RulesTable.QualifiedName} t
        WHERE t.measure = {measureSql} AND t.effective_from <= {on}
        ORDER BY t.effective_from DESC LIMIT 1
        """;
}
