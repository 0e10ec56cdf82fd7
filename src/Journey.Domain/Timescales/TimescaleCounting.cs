namespace Journey.Domain.Timescales;

/// <summary>
/// Which day of a period its start date is, as the words of the rule's source put it (decision 77).
/// English statutes and guidance say it in one of two ways, and the due date differs by a day:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="DayZero"/>: "within N ... of", "from", "after", "not more than N ... after"
/// (CPPCR 2010 reg 33: "within 20 working days of the date on which C becomes looked after"). The
/// start date is day 0 and the period runs from the day after, so it ends N working days, the same
/// weekday N weeks, or the same date N months after the start date.</item>
/// <item><see cref="DayOne"/>: "beginning with the day" (Children Act 1989 s.32(1)(a)(ii): "within
/// twenty-six weeks beginning with the day on which the application was issued"). The start date is
/// day 1, so the period ends the day before the same weekday or date; in working days, the start is
/// day 1 when it is a working day (the DfE validators' count).</item>
/// </list>
/// Hours run on the clock from the start instant, so only day 0 applies to them.
/// </remarks>
public enum TimescaleCounting { DayZero, DayOne }

/// <summary>The counting conventions' names as the rulebook file and the rulebook table spell them.</summary>
public static class TimescaleCountings
{
    public const string DayZero = "day-0";
    public const string DayOne = "day-1";

    public static readonly IReadOnlyList<string> All = [DayZero, DayOne];

    public static string Name(TimescaleCounting counting) => counting switch
    {
        TimescaleCounting.DayZero => DayZero,
        TimescaleCounting.DayOne => DayOne,
        _ => throw new ArgumentOutOfRangeException(nameof(counting), counting, null)
    };

    /// <summary>
    /// The rulebook rows that are not due dates but ages, durations and windows (a re-referral within
    /// 12 months, a plan of 2 years or more, the 16th birthday, the weeks of recording lag). The SQL
    /// that reads them counts from the date, day 0, as their words do, so a row saying day-1 for one
    /// of them is refused rather than silently read as day 0.
    /// </summary>
    public static readonly IReadOnlySet<string> ReadFromTheDayAfterOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        "re-referral", "plan-long", "plan-short", "repeat-plan", "leaving-care-age", "personal-adviser-allocated",
        "health-review-age-band", "care-leaver-in-touch-age-from", "care-leaver-in-touch-age-to",
        "care-leaver-in-touch-before", "care-leaver-in-touch-after", "long-term-stability-age", "recording",
    };
}
