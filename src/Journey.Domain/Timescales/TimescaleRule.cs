namespace Journey.Domain.Timescales;

public enum TimescaleUnit { WorkingDays, Hours, Months, Weeks, Days }

/// <summary>
/// One timescale as it stood from <see cref="EffectiveFrom"/>: the rule in force on a clock's start
/// date is the one that applies to it, so measures stay right when guidance changes. Its source's own
/// words (<see cref="Words"/>, read at <see cref="WordsFrom"/>) say how the period is counted
/// (<see cref="Counting"/>, decision 77).
/// </summary>
public sealed record TimescaleRule(
    string RuleId,
    string Measure,
    TimescaleUnit Unit,
    int Target,
    DateOnly EffectiveFrom,
    string Basis,
    TimescaleCounting Counting = TimescaleCounting.DayZero,
    string Words = "",
    string WordsFrom = "");

/// <summary>The units' names as the rulebook file and the measure tables spell them.</summary>
public static class TimescaleUnits
{
    public const string WorkingDays = "working-days";
    public const string Hours = "hours";
    public const string Months = "months";
    public const string Weeks = "weeks";
    public const string Days = "days";

    public static readonly IReadOnlyList<string> All = [WorkingDays, Hours, Months, Weeks, Days];

    /// <summary>
    /// The unit a clock's elapsed figure is counted in, which is not always the unit its target is
    /// set in: hours for an hours rule, working days for a working-days rule, and calendar days for
    /// a rule set in months, weeks or days (3 months is not a whole number of days, so elapsed time
    /// cannot be given in months without rounding; decision 106).
    /// </summary>
    public static string ElapsedUnit(string unit) => unit switch
    {
        Hours => Hours,
        WorkingDays => WorkingDays,
        Months or Weeks or Days => Days,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, $"unit '{unit}' is not one of {string.Join(", ", All)}.")
    };

    public static string Name(TimescaleUnit unit) => unit switch
    {
        TimescaleUnit.WorkingDays => WorkingDays,
        TimescaleUnit.Hours => Hours,
        TimescaleUnit.Months => Months,
        TimescaleUnit.Weeks => Weeks,
        TimescaleUnit.Days => Days,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null)
    };
}
