using Journey.Projections.Reference;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Reviews;

/// <summary>
/// The table of reviews held and the as-at function for a chain of statutory reviews where each due date runs from the
/// review actually held before it (child protection review conferences, looked-after reviews).
/// Review 1 falls due by <see cref="ChainRules.FirstDue"/> from the episode's start, review 2 by
/// <see cref="ChainRules.SecondMonths"/> after review 1, later ones by
/// <see cref="ChainRules.LaterMonths"/> after the previous; every interval comes from the rulebook
/// in force on the episode's start. One row per review held, and one for the next due while the
/// episode is open; status is met, late, open-in-time, open-overdue, or no-rule when no rule was
/// in force.
/// </summary>
public static class ReviewChainSchema
{
    /// <summary>
    /// One row per review held, keyed by its stream version so that corrections and withdrawals
    /// find it.
    /// </summary>
    public static Table HeldTable(PostgresqlObjectName name, string numberColumn)
    {
        var table = new Table(name);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn(numberColumn, "integer").NotNull();
        table.AddColumn("held_at", "timestamptz").NotNull();
        return table;
    }

    /// <summary>Records (or, for a correction, replaces) the review held at stream version <paramref name="version"/>.</summary>
    public static void Held(IDocumentOperations operations, PostgresqlObjectName table, string numberColumn,
        string child, long version, int number, DateTimeOffset heldAt) =>
        operations.QueueSqlCommand($"""
            INSERT INTO {table.QualifiedName} (child_id, version, {numberColumn}, held_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (child_id, version) DO UPDATE SET {numberColumn} = excluded.{numberColumn}, held_at = excluded.held_at
            """, child, version, number, heldAt.ToUniversalTime());

    /// <summary>Forgets the review held at stream version <paramref name="version"/> (withdrawn).</summary>
    public static void Withdrawn(IDocumentOperations operations, PostgresqlObjectName table, string child, long version) =>
        operations.QueueSqlCommand($"DELETE FROM {table.QualifiedName} WHERE child_id = ? AND version = ?", child, version);

    /// <param name="FirstDue">SQL for review 1's due date from <c>p.started_at</c>, e.g. <see cref="MonthsAfterStart"/>.</param>
    /// <param name="SecondMonths">Rulebook measure for the months from review 1 to review 2.</param>
    /// <param name="LaterMonths">Rulebook measure for the months between later reviews.</param>
    public sealed record ChainRules(string FirstDue, string SecondMonths, string LaterMonths);

    /// <param name="name">Qualified function name.</param>
    /// <param name="numberColumn">The episode number's output column, e.g. plan_number.</param>
    /// <param name="episodes">SQL yielding child_id, number, started_at, ended_at.</param>
    /// <param name="reviews">SQL yielding child_id, number, held_at.</param>
    public static Function Build(string name, string numberColumn, string episodes, string reviews, ChainRules rules) => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{name}}(as_at timestamptz)
        RETURNS TABLE (child_id text, {{numberColumn}} integer, review integer, due_date date, held_at timestamptz, status text)
        LANGUAGE sql STABLE AS $fn$
          WITH episode AS (
            SELECT e.child_id, e.number, e.started_at, CASE WHEN e.ended_at <= as_at THEN e.ended_at END AS ended_at
            FROM ({{episodes}}) e WHERE e.started_at <= as_at
          ), held AS (
            SELECT r.child_id, r.number, r.held_at,
                   row_number() OVER (PARTITION BY r.child_id, r.number ORDER BY r.held_at)::integer AS review,
                   lag(r.held_at) OVER (PARTITION BY r.child_id, r.number ORDER BY r.held_at) AS previous
            FROM ({{reviews}}) r WHERE r.held_at <= as_at
          ), chain AS (
            SELECT h.child_id, h.number, h.review, h.held_at, {{Due("h.review", "h.previous", rules)}} AS due_date
            FROM held h JOIN episode p ON p.child_id = h.child_id AND p.number = h.number
          ), next_due AS (
            SELECT p.child_id, p.number, coalesce(max(h.review), 0) + 1 AS review,
                   {{Due("coalesce(max(h.review), 0) + 1", "max(h.held_at)", rules)}} AS due_date
            FROM episode p LEFT JOIN held h ON h.child_id = p.child_id AND h.number = p.number
            WHERE p.ended_at IS NULL
            GROUP BY p.child_id, p.number, p.started_at
          )
          SELECT c.child_id, c.number, c.review, c.due_date, c.held_at,
                 CASE WHEN c.due_date IS NULL THEN 'no-rule'
                      WHEN (c.held_at AT TIME ZONE 'Europe/London')::date <= c.due_date THEN 'met' ELSE 'late' END
          FROM chain c
          UNION ALL
          SELECT n.child_id, n.number, n.review, n.due_date, NULL,
                 CASE WHEN n.due_date IS NULL THEN 'no-rule'
                      WHEN (as_at AT TIME ZONE 'Europe/London')::date <= n.due_date THEN 'open-in-time' ELSE 'open-overdue' END
          FROM next_due n
        $fn$;
        """);

    private static string Due(string review, string previous, ChainRules rules) => $"""
        CASE WHEN {review} = 1 THEN {rules.FirstDue}
             ELSE ((({previous}) AT TIME ZONE 'Europe/London')::date
                   + make_interval(months => CASE WHEN {review} = 2 THEN {RuleTarget(rules.SecondMonths)} ELSE {RuleTarget(rules.LaterMonths)} END))::date
        END
        """;

    /// <summary>Review 1 due a number of months (the rulebook's <paramref name="measure"/>) after the start.</summary>
    public static string MonthsAfterStart(string measure) =>
        $"((p.started_at AT TIME ZONE 'Europe/London')::date + make_interval(months => {RuleTarget(measure)}))::date";

    /// <summary>
    /// Review 1 due a number of working days (the rulebook's <paramref name="measure"/>) after the
    /// start, day 0 being the start day: the first working day whose working-day index is that many
    /// above the start day's.
    /// </summary>
    public static string WorkingDaysAfterStart(string measure) => $"""
        (SELECT min(d.day) FROM {ReferenceSchema.CalendarTable.QualifiedName} d
         WHERE d.is_working_day AND d.working_day_index =
               (SELECT s.working_day_index FROM {ReferenceSchema.CalendarTable.QualifiedName} s
                WHERE s.day = (p.started_at AT TIME ZONE 'Europe/London')::date) + {RuleTarget(measure)})
        """;

    /// <summary>The target of the rulebook's <paramref name="measure"/> in force on the episode's start.</summary>
    public static string RuleTarget(string measure) => $"""
        (SELECT t.target FROM {ReferenceSchema.RulesTable.QualifiedName} t
         WHERE t.measure = '{measure}' AND t.effective_from <= (p.started_at AT TIME ZONE 'Europe/London')::date
         ORDER BY t.effective_from DESC LIMIT 1)
        """;
}
