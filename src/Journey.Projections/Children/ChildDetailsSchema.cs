using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Views;

namespace Journey.Projections.Children;

/// <summary>
/// journey.child_details (every record of a child's details, keyed by stream version so that
/// corrections and withdrawals find it), the view journey.children (each child's latest record),
/// journey.children_as_recorded(t) (the latest recorded by t), and the age arithmetic every
/// age-based measure shares: date_at_age, age_in_years and birthday_by_rule.
/// </summary>
public static class ChildDetailsSchema
{
    public static readonly PostgresqlObjectName DetailsTable = new(JourneyStore.Schema, "child_details", SchemaUtils.IdentifierUsage.General);
    public static readonly string ChildrenView = $"{JourneyStore.Schema}.children";
    public static readonly string ChildrenAsRecordedFunction = $"{JourneyStore.Schema}.children_as_recorded";
    public static readonly string DateAtAgeFunction = $"{JourneyStore.Schema}.date_at_age";
    public static readonly string AgeInYearsFunction = $"{JourneyStore.Schema}.age_in_years";
    public static readonly string BirthdayByRuleFunction = $"{JourneyStore.Schema}.birthday_by_rule";

    public static Table Details()
    {
        var table = new Table(DetailsTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn("date_of_birth", "date");
        table.AddColumn("expected_date_of_birth", "date");
        table.AddColumn("gender", "text").NotNull();
        table.AddColumn("ethnicity", "text").NotNull();
        // When the details were taken (the step's occurredAt) and when they were recorded (the event's
        // timestamp; for an imported step, when the source system recorded it; kept through corrections).
        table.AddColumn("stated_at", "timestamptz").NotNull();
        table.AddColumn("recorded_at", "timestamptz").NotNull();
        return table;
    }

    /// <summary>
    /// The view journey.children (children.sql): the latest details recorded for each child (by stream order: a later
    /// record replaces an earlier one), which is children_as_recorded at 'infinity'; created after that function.
    /// </summary>
    public static View Children() => SqlFile.View(typeof(ChildDetailsSchema), "children");

    /// <summary>The latest details each child had recorded by <c>as_at</c>: what a report run then knew (children_as_recorded.sql).</summary>
    public static Function ChildrenAsRecorded() => SqlFile.Function(typeof(ChildDetailsSchema), "children_as_recorded");

    /// <summary>
    /// The day a child reaches an age given in months (date_at_age.sql). Calendar months, as every month clock here
    /// counts them: someone born on 29 February reaches an age in a year without one on 28 February
    /// (decision in docs/decisions.md), the earlier of the two readings.
    /// </summary>
    public static Function DateAtAge() => SqlFile.Function(typeof(ChildDetailsSchema), "date_at_age");

    /// <summary>Age in whole years on a date (null before birth), by the same 29 February convention as <see cref="DateAtAge"/> (age_in_years.sql).</summary>
    public static Function AgeInYears() => SqlFile.Function(typeof(ChildDetailsSchema), "age_in_years");

    /// <summary>
    /// The birthday a rulebook age names (its target, in months from the date of birth), by the
    /// row in force on that birthday; null when none is (birthday_by_rule.sql).
    /// </summary>
    public static Function BirthdayByRule() => SqlFile.Function(typeof(ChildDetailsSchema), "birthday_by_rule");
}
