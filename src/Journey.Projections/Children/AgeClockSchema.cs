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
    public static Function Refresh() => SqlFile.Function(typeof(AgeClockSchema), "refresh_age_clocks");
}
