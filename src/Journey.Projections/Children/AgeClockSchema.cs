using Journey.Domain.LeavingCare;
using Journey.Projections.Reference;
using Journey.Projections.Timeliness;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Children;

/// <summary>
/// The clocks that run from a child's birthday, kept in journey.measure_clocks beside the others
/// so that they reach /api/measures, the as-recorded view and the open-clocks list unchanged:
/// <list type="bullet">
/// <item><c>personal-adviser-allocated</c>: for a child looked after on or after the birthday
/// leaving-care duties begin (the rulebook's leaving-care-age, 16), due on the birthday the rule
/// names (18), stopped by the first personal adviser allocated since that period of care began.</item>
/// <item><c>leaving-care-needs-assessment</c>: the same children, due 3 months (the rule) after the
/// 16th birthday or, for a child entering care after it, after entering care; stopped by the first
/// leaving-care needs assessment since that period of care began.</item>
/// </list>
/// A clock depends on several steps (the date of birth, the periods of care, the stopping step),
/// any of which can be recorded late, corrected or withdrawn, so the child's two clocks are worked
/// out again from journey.age_measure_steps and journey.child_details whenever one of them changes
/// (refresh_age_clocks), rather than moved step by step.
/// </summary>
public static class AgeClockSchema
{
    public static readonly PostgresqlObjectName StepsTable = new(JourneyStore.Schema, "age_measure_steps", SchemaUtils.IdentifierUsage.General);
    public static readonly string RefreshFunction = $"{JourneyStore.Schema}.refresh_age_clocks";

    public const string EnteredCare = "entered-care";
    public const string LeftCare = "left-care";
    public const string PersonalAdviser = "personal-adviser";
    public const string NeedsAssessment = "needs-assessment";

    /// <summary>The rulebook age (in months) from which a looked-after child is owed leaving-care support.</summary>
    public const string LeavingCareAge = "leaving-care-age";

    /// <summary>
    /// The steps the clocks are worked out from, keyed by stream version, with when each happened and
    /// when it was recorded (kept through corrections, so the as-recorded view is that of the first recording).
    /// </summary>
    public static Table Steps()
    {
        var table = new Table(StepsTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn("step", "text").NotNull();
        table.AddColumn("care_episode_number", "integer");
        table.AddColumn("occurred_at", "timestamptz").NotNull();
        table.AddColumn("recorded_at", "timestamptz").NotNull();
        return table;
    }

    /// <summary>
    /// Replaces the child's age-based clocks with those the steps now give. The period of care that
    /// makes them due is the first in which the child was looked after on or after the leaving-care
    /// birthday; a clock starts on that birthday (UK midnight) or on entering care after it. Each
    /// interval is the rule in force on the clock's start date, in its own unit and counting (decision
    /// 77); the adviser's due date is the age that rule names, counted from the date of birth. A child
    /// with no date of birth recorded (or unborn) has no clock. start_recorded_at is when both the
    /// date of birth now held and that period of care had been recorded.
    /// </summary>
    public static Function Refresh()
    {
        var steps = StepsTable.QualifiedName;
        var rules = ReferenceSchema.RulesTable.QualifiedName;
        return JourneyFunction.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{RefreshFunction}}(child text, sequence bigint)
            RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
            #variable_conflict use_column
            BEGIN
              -- plpgsql, not sql: it runs for many events, and plpgsql keeps its statements' plans for the
              -- session where a sql function plans both statements again on every call.
              DELETE FROM {{MeasureSchema.ClocksTable.QualifiedName}}
              WHERE child_id = child AND measure IN ('{{LeavingCareClocks.PersonalAdviserAllocated}}', '{{LeavingCareClocks.LeavingCareNeedsAssessment}}');

              INSERT INTO {{MeasureSchema.ClocksTable.QualifiedName}} (child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date,
                                                   actual_at, actual_date, stopped_by_version, start_recorded_at, actual_recorded_at, last_event_sequence)
              WITH born AS (
                SELECT c.child_id, c.date_of_birth,
                       {{ChildDetailsSchema.BirthdayByRuleFunction}}(c.date_of_birth, '{{LeavingCareAge}}') AS from_birthday,
                       (SELECT min(d.recorded_at) FROM {{ChildDetailsSchema.DetailsTable.QualifiedName}} d
                        WHERE d.child_id = c.child_id AND d.date_of_birth = c.date_of_birth) AS born_recorded_at
                FROM {{ChildDetailsSchema.ChildrenView}} c
                WHERE c.child_id = child AND c.date_of_birth IS NOT NULL
              ), period AS (
                SELECT e.care_episode_number AS number, e.occurred_at AS entered_at, e.recorded_at,
                       (SELECT min(l.occurred_at) FROM {{steps}} l
                        WHERE l.child_id = e.child_id AND l.step = '{{LeftCare}}' AND l.care_episode_number = e.care_episode_number) AS left_at
                FROM {{steps}} e
                WHERE e.child_id = child AND e.step = '{{EnteredCare}}'
              ), qualifying AS (
                SELECT b.child_id, b.date_of_birth, p.number, p.entered_at,
                       greatest(b.from_birthday::timestamp AT TIME ZONE 'Europe/London', p.entered_at) AS start_at,
                       greatest(b.born_recorded_at, p.recorded_at) AS start_recorded_at
                FROM born b JOIN period p
                  ON p.left_at IS NULL OR (p.left_at AT TIME ZONE 'Europe/London')::date >= b.from_birthday
                WHERE b.from_birthday IS NOT NULL
                ORDER BY p.entered_at LIMIT 1
              ), clock AS (
                SELECT q.*, (q.start_at AT TIME ZONE 'Europe/London')::date AS start_date, m.measure, m.step
                FROM qualifying q
                CROSS JOIN (VALUES ('{{LeavingCareClocks.PersonalAdviserAllocated}}', '{{PersonalAdviser}}'),
                                   ('{{LeavingCareClocks.LeavingCareNeedsAssessment}}', '{{NeedsAssessment}}')) m (measure, step)
              ), ruled AS (
                SELECT k.*, r.rule_id, r.unit, r.target,
                       CASE k.measure
                         WHEN '{{LeavingCareClocks.PersonalAdviserAllocated}}' THEN {{ChildDetailsSchema.DateAtAgeFunction}}(k.date_of_birth, r.target)
                         ELSE {{Reviews.ReviewChainSchema.DueFrom(LeavingCareClocks.LeavingCareNeedsAssessment, "k.start_date")}}
                       END AS due_date
                FROM clock k
                CROSS JOIN LATERAL (SELECT t.rule_id, t.unit, t.target FROM {{rules}} t
                                    WHERE t.measure = k.measure AND t.effective_from <= k.start_date
                                    ORDER BY t.effective_from DESC LIMIT 1) r
              )
              SELECT x.child_id, x.measure, x.number, x.unit, x.target, x.rule_id, x.start_at, x.start_date, x.due_date,
                     a.occurred_at, (a.occurred_at AT TIME ZONE 'Europe/London')::date, a.version, x.start_recorded_at, a.recorded_at, sequence
              FROM ruled x
              LEFT JOIN LATERAL (SELECT s.occurred_at, s.version, s.recorded_at FROM {{steps}} s
                                 WHERE s.child_id = x.child_id AND s.step = x.step AND s.occurred_at >= x.entered_at
                                 ORDER BY s.occurred_at, s.version LIMIT 1) a ON true;
            END
            $fn$;
            """);
    }
}
