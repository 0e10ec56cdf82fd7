using Journey.Domain.Timescales;
using Journey.Projections.Reference;
using Journey.Projections.Timeliness;

namespace Journey.Projections.Reviews;

/// <summary>
/// A chain row's elapsed time as SQL, counted as a measure's is (<see cref="MeasureSchema"/>): from
/// the date its interval runs from (due_from) to the UK date it was held, or while open to as_at's,
/// in working days when the rule that set its due date is set in working days, else in calendar days
/// (a rule in months or weeks; decision 106). No rule (no-rule, no-date-of-birth) gives no elapsed
/// time and no unit. Read beside a chain function's row aliased <c>row</c>, joined to its rule with
/// <see cref="RuleJoin"/>; one definition for every chain endpoint (decision 107). Its own aliases are
/// long names no caller's row alias takes, so none is shadowed.
/// </summary>
public static class ChainElapsed
{
    private const string Rule = "chain_rule";

    /// <summary>The rulebook row the chain row names, for its unit.</summary>
    public static string RuleJoin(string row) =>
        $"LEFT JOIN {ReferenceSchema.RulesTable.QualifiedName} {Rule} ON {Rule}.rule_id = {row}.rule_id";

    /// <summary>The elapsed figure: numeric, null without a rule or a date it runs from.</summary>
    public static string Elapsed(string row, string asAtSql)
    {
        var end = $"coalesce(({row}.held_at AT TIME ZONE 'Europe/London')::date, ({asAtSql} AT TIME ZONE 'Europe/London')::date)";
        var calendar = ReferenceSchema.CalendarTable.QualifiedName;
        return $"""
            CASE WHEN {row}.due_from IS NULL OR {Rule}.unit IS NULL OR {Rule}.unit = '{TimescaleUnits.Hours}' THEN NULL
                 WHEN {Rule}.unit = '{TimescaleUnits.WorkingDays}'
                 THEN ((SELECT elapsed_to.working_day_index FROM {calendar} elapsed_to WHERE elapsed_to.day = {end})
                     - (SELECT elapsed_from.working_day_index FROM {calendar} elapsed_from WHERE elapsed_from.day = {row}.due_from))::numeric
                 ELSE ({end} - {row}.due_from)::numeric
            END
            """;
    }

    /// <summary>The unit of <see cref="Elapsed"/>: null when it is null.</summary>
    public static string ElapsedUnit(string row) =>
        $"CASE WHEN {row}.due_from IS NULL OR {Rule}.unit = '{TimescaleUnits.Hours}' THEN NULL ELSE {MeasureSchema.ElapsedUnitFunctionName}({Rule}.unit) END";
}
