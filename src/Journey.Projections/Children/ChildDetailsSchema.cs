using Journey.Projections.Reference;
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

    private const string Columns = """
        d.child_id, d.date_of_birth, d.expected_date_of_birth, d.date_of_birth IS NULL AS unborn, d.gender, d.ethnicity,
        d.stated_at, d.recorded_at
        """;

    /// <summary>The latest details recorded for each child (by stream order: a later record replaces an earlier one).</summary>
    public static View Children() => new(ChildrenView, $"""
        SELECT DISTINCT ON (d.child_id) {Columns}
        FROM {DetailsTable.QualifiedName} d
        ORDER BY d.child_id, d.version DESC
        """);

    /// <summary>The latest details each child had recorded by <c>as_at</c>: what a report run then knew.</summary>
    public static Function ChildrenAsRecorded() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{ChildrenAsRecordedFunction}}(as_at timestamptz)
        RETURNS TABLE (child_id text, date_of_birth date, expected_date_of_birth date, unborn boolean, gender text, ethnicity text,
                       stated_at timestamptz, recorded_at timestamptz)
        LANGUAGE sql STABLE AS $fn$
          SELECT DISTINCT ON (d.child_id) {{Columns}}
          FROM {{DetailsTable.QualifiedName}} d
          WHERE d.recorded_at <= as_at
          ORDER BY d.child_id, d.version DESC
        $fn$;
        """);

    /// <summary>
    /// The day a child reaches an age given in months. Calendar months, as every month clock here
    /// counts them: someone born on 29 February reaches an age in a year without one on 28 February
    /// (decision in docs/decisions.md), the earlier of the two readings.
    /// </summary>
    public static Function DateAtAge() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{DateAtAgeFunction}}(date_of_birth date, months integer)
        RETURNS date LANGUAGE sql IMMUTABLE AS $fn$
          SELECT (date_of_birth + make_interval(months => months))::date
        $fn$;
        """);

    /// <summary>Age in whole years on a date (null before birth), by the same 29 February convention as <see cref="DateAtAge"/>.</summary>
    public static Function AgeInYears() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{AgeInYearsFunction}}(date_of_birth date, on_date date)
        RETURNS integer LANGUAGE sql IMMUTABLE AS $fn$
          SELECT CASE WHEN on_date < date_of_birth THEN NULL
                      ELSE y.years - CASE WHEN (date_of_birth + make_interval(years => y.years))::date > on_date THEN 1 ELSE 0 END
                 END
          FROM (SELECT extract(year FROM on_date)::integer - extract(year FROM date_of_birth)::integer AS years) y
        $fn$;
        """);

    /// <summary>
    /// The birthday a rulebook age names (its target, in months from the date of birth), by the
    /// row in force on that birthday; null when none is.
    /// </summary>
    public static Function BirthdayByRule() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{BirthdayByRuleFunction}}(date_of_birth date, age_measure text)
        RETURNS date LANGUAGE sql STABLE AS $fn$
          SELECT {{DateAtAgeFunction}}(date_of_birth, t.target)
          FROM {{ReferenceSchema.RulesTable.QualifiedName}} t
          WHERE t.measure = age_measure AND t.effective_from <= {{DateAtAgeFunction}}(date_of_birth, t.target)
          ORDER BY t.effective_from DESC LIMIT 1
        $fn$;
        """);
}
