using Journey.Domain.Corrections;
using Journey.Domain.Protection;
using Journey.Projections.Reference;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Views;

namespace Journey.Projections.Plans;

/// <summary>
/// journey.protection_plans: each child protection plan (from its conference or transfer in) with
/// when it ended; the function protection_plans_as_at(t) adds, by the rulebook, whether it had
/// lasted 2 years or more by t, ended within 3 months, and was a repeat plan (any earlier plan; one
/// starting within 2 years of the previous plan's end).
/// </summary>
public sealed class ProtectionPlanProjection : EventProjection
{
    public static readonly PostgresqlObjectName PlansTable = new(JourneyStore.Schema, "protection_plans", SchemaUtils.IdentifierUsage.General);
    public static readonly string AsAtFunction = $"{JourneyStore.Schema}.protection_plans_as_at";

    public ProtectionPlanProjection()
    {
        Name = "ProtectionPlans";
        var table = new Table(PlansTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("plan_number", "integer").AsPrimaryKey();
        table.AddColumn("started_at", "timestamptz").NotNull();
        table.AddColumn("category", "text").NotNull();
        table.AddColumn("ended_at", "timestamptz");
        SchemaObjects.Add(table);
        var reviews = new Table(ReviewsTable);
        reviews.AddColumn("child_id", "text").AsPrimaryKey();
        reviews.AddColumn("version", "bigint").AsPrimaryKey();
        reviews.AddColumn("plan_number", "integer").NotNull();
        reviews.AddColumn("held_at", "timestamptz").NotNull();
        SchemaObjects.Add(reviews);
        SchemaObjects.Add(ReviewChain());
        SchemaObjects.Add(Weasel.Postgresql.Functions.Function.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{AsAtFunction}}(as_at timestamptz)
            RETURNS TABLE (child_id text, plan_number integer, started_at timestamptz, category text, ended_at timestamptz,
                           duration_days integer, lasted_two_years boolean, ended_within_three_months boolean,
                           repeat_plan boolean, repeat_within_two_years boolean)
            LANGUAGE sql STABLE AS $fn$
              WITH plan AS (
                SELECT p.child_id, p.plan_number, p.started_at, p.category,
                       CASE WHEN p.ended_at <= as_at THEN p.ended_at END AS ended_at
                FROM {{PlansTable.QualifiedName}} p WHERE p.started_at <= as_at
              )
              SELECT p.child_id, p.plan_number, p.started_at, p.category, p.ended_at,
                     ((coalesce(p.ended_at, as_at) AT TIME ZONE 'Europe/London')::date - (p.started_at AT TIME ZONE 'Europe/London')::date),
                     coalesce(p.ended_at, as_at) >= p.started_at + make_interval(months => {{Rule("plan-long")}}),
                     p.ended_at IS NOT NULL AND p.ended_at < p.started_at + make_interval(months => {{Rule("plan-short")}}),
                     EXISTS (SELECT 1 FROM plan e WHERE e.child_id = p.child_id AND e.started_at < p.started_at),
                     EXISTS (SELECT 1 FROM plan e WHERE e.child_id = p.child_id AND e.started_at < p.started_at AND e.ended_at IS NOT NULL
                               AND e.ended_at >= p.started_at - make_interval(months => {{Rule("repeat-plan")}}))
              FROM plan p
            $fn$;
            """));
    }

    public static readonly PostgresqlObjectName ReviewsTable = new(JourneyStore.Schema, "review_conferences", SchemaUtils.IdentifierUsage.General);
    public static readonly string ReviewChainFunction = $"{JourneyStore.Schema}.review_conferences_as_at";

    /// <summary>
    /// Each plan's chain of review conferences as it stood at <c>as_at</c>: the first due 3 months
    /// after the plan began, each later one 6 months after the previous review actually held (the
    /// rulebook's first-review-conference and review-conference rules); one row per review held,
    /// and one for the review next due while the plan is open.
    /// </summary>
    private static Weasel.Postgresql.Functions.Function ReviewChain() => Weasel.Postgresql.Functions.Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{ReviewChainFunction}}(as_at timestamptz)
        RETURNS TABLE (child_id text, plan_number integer, review integer, due_date date, held_at timestamptz, status text)
        LANGUAGE sql STABLE AS $fn$
          WITH plan AS (
            SELECT p.child_id, p.plan_number, p.started_at, CASE WHEN p.ended_at <= as_at THEN p.ended_at END AS ended_at
            FROM {{PlansTable.QualifiedName}} p WHERE p.started_at <= as_at
          ), held AS (
            SELECT r.child_id, r.plan_number, r.held_at,
                   row_number() OVER (PARTITION BY r.child_id, r.plan_number ORDER BY r.held_at)::integer AS review,
                   lag(r.held_at) OVER (PARTITION BY r.child_id, r.plan_number ORDER BY r.held_at) AS previous
            FROM {{ReviewsTable.QualifiedName}} r WHERE r.held_at <= as_at
          ), chain AS (
            SELECT h.child_id, h.plan_number, h.review, h.held_at,
                   CASE WHEN h.previous IS NULL
                        THEN ((p.started_at AT TIME ZONE 'Europe/London')::date + make_interval(months => {{RuleAt("first-review-conference", "p.started_at")}}))::date
                        ELSE ((h.previous AT TIME ZONE 'Europe/London')::date + make_interval(months => {{RuleAt("review-conference", "p.started_at")}}))::date
                   END AS due_date
            FROM held h JOIN plan p ON p.child_id = h.child_id AND p.plan_number = h.plan_number
          ), next_due AS (
            SELECT p.child_id, p.plan_number, coalesce(max(h.review), 0) + 1 AS review,
                   CASE WHEN max(h.held_at) IS NULL
                        THEN ((p.started_at AT TIME ZONE 'Europe/London')::date + make_interval(months => {{RuleAt("first-review-conference", "p.started_at")}}))::date
                        ELSE ((max(h.held_at) AT TIME ZONE 'Europe/London')::date + make_interval(months => {{RuleAt("review-conference", "p.started_at")}}))::date
                   END AS due_date
            FROM plan p LEFT JOIN held h ON h.child_id = p.child_id AND h.plan_number = p.plan_number
            WHERE p.ended_at IS NULL
            GROUP BY p.child_id, p.plan_number, p.started_at
          )
          SELECT c.child_id, c.plan_number, c.review, c.due_date, c.held_at,
                 CASE WHEN (c.held_at AT TIME ZONE 'Europe/London')::date <= c.due_date THEN 'met' ELSE 'late' END
          FROM chain c
          UNION ALL
          SELECT n.child_id, n.plan_number, n.review, n.due_date, NULL,
                 CASE WHEN (as_at AT TIME ZONE 'Europe/London')::date <= n.due_date THEN 'open-in-time' ELSE 'open-overdue' END
          FROM next_due n
        $fn$;
        """);

    private static string RuleAt(string measure, string startColumn) => $"""
        (SELECT t.target FROM {ReferenceSchema.RulesTable.QualifiedName} t
         WHERE t.measure = '{measure}' AND t.effective_from <= ({startColumn} AT TIME ZONE 'Europe/London')::date
         ORDER BY t.effective_from DESC LIMIT 1)
        """;

    /// <summary>The months a plan rule allows, from the rulebook in force on the plan's start date.</summary>
    private static string Rule(string measure) => $"""
        (SELECT t.target FROM {ReferenceSchema.RulesTable.QualifiedName} t
         WHERE t.measure = '{measure}' AND t.effective_from <= (p.started_at AT TIME ZONE 'Europe/London')::date
         ORDER BY t.effective_from DESC LIMIT 1)
        """;

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var child = e.StreamKey!;
        switch (e.Data)
        {
            case ProtectionPlanStarted p: Start(operations, child, p.PlanNumber, p.OccurredAt, p.Category); break;
            case ProtectionPlanTransferredIn p: Start(operations, child, p.PlanNumber, p.OccurredAt, p.Category); break;
            case ProtectionCategoryChanged c: Set(operations, child, c.PlanNumber, "category", c.Category); break;
            case ProtectionPlanEnded p: Set(operations, child, p.PlanNumber, "ended_at", p.OccurredAt.ToUniversalTime()); break;
            case ProtectionPlanTransferredOut p: Set(operations, child, p.PlanNumber, "ended_at", p.OccurredAt.ToUniversalTime()); break;
            case EventCorrected { Replacement: ProtectionPlanStarted p }: Start(operations, child, p.PlanNumber, p.OccurredAt, p.Category); break;
            case EventCorrected { Replacement: ProtectionPlanTransferredIn p }: Start(operations, child, p.PlanNumber, p.OccurredAt, p.Category); break;
            case EventCorrected { Replacement: ProtectionPlanEnded p }: Set(operations, child, p.PlanNumber, "ended_at", p.OccurredAt.ToUniversalTime()); break;
            case EventCorrected { Replacement: ProtectionPlanTransferredOut p }: Set(operations, child, p.PlanNumber, "ended_at", p.OccurredAt.ToUniversalTime()); break;
            case ReviewConferenceHeld r: Review(operations, child, e.Version, r); break;
            case EventCorrected { Replacement: ReviewConferenceHeld r } c: Review(operations, child, c.CorrectedVersion, r); break;
            case EventWithdrawn { Withdrawn: ReviewConferenceHeld } w:
                operations.QueueSqlCommand($"DELETE FROM {ReviewsTable.QualifiedName} WHERE child_id = ? AND version = ?", child, w.WithdrawnVersion);
                break;
            case EventWithdrawn { Withdrawn: ProtectionPlanStarted or ProtectionPlanTransferredIn } w:
                operations.QueueSqlCommand($"DELETE FROM {PlansTable.QualifiedName} WHERE child_id = ? AND plan_number = ?", child, PlanNumber(w.Withdrawn));
                break;
            case EventWithdrawn { Withdrawn: ProtectionPlanEnded or ProtectionPlanTransferredOut } w:
                operations.QueueSqlCommand($"UPDATE {PlansTable.QualifiedName} SET ended_at = NULL WHERE child_id = ? AND plan_number = ?", child, PlanNumber(w.Withdrawn));
                break;
        }
        return ValueTask.CompletedTask;
    }

    private static int PlanNumber(object e) => e switch
    {
        ProtectionPlanStarted p => p.PlanNumber,
        ProtectionPlanTransferredIn p => p.PlanNumber,
        ProtectionPlanEnded p => p.PlanNumber,
        ProtectionPlanTransferredOut p => p.PlanNumber,
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };

    private static void Start(IDocumentOperations operations, string child, int plan, DateTimeOffset at, string category) =>
        operations.QueueSqlCommand($"""
            INSERT INTO {PlansTable.QualifiedName} (child_id, plan_number, started_at, category) VALUES (?, ?, ?, ?)
            ON CONFLICT (child_id, plan_number) DO UPDATE SET started_at = excluded.started_at, category = excluded.category
            """, child, plan, at.ToUniversalTime(), category);

    private static void Review(IDocumentOperations operations, string child, long version, ReviewConferenceHeld review) =>
        operations.QueueSqlCommand($"""
            INSERT INTO {ReviewsTable.QualifiedName} (child_id, version, plan_number, held_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (child_id, version) DO UPDATE SET plan_number = excluded.plan_number, held_at = excluded.held_at
            """, child, version, review.PlanNumber, review.OccurredAt.ToUniversalTime());

    /// <summary>Sets one column, named from the constants in this class only.</summary>
    private static void Set(IDocumentOperations operations, string child, int plan, string column, object value) =>
        operations.QueueSqlCommand($"UPDATE {PlansTable.QualifiedName} SET {column} = ? WHERE child_id = ? AND plan_number = ?", value, child, plan);
}
