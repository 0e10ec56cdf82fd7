using System.Globalization;

namespace Journey.Domain.Calendars;

/// <summary>
/// Working days (Monday to Friday, less bank holidays) over a fixed coverage window, for
/// statutory timescales such as "within 45 working days".
/// </summary>
/// <remarks>
/// <para>
/// Two counting conventions are offered, and they differ by one working day whenever the start
/// date is itself a working day:
/// </para>
/// <list type="bullet">
/// <item><see cref="AddWorkingDays"/> — day 0, for rules worded "within N working days of" (Working
/// Together, CPPCR 2010): the start date is day 0 and the deadline is the Nth working day <em>after</em> it.</item>
/// <item><see cref="AddWorkingDaysCountingStartAsDayOne"/> — day 1, for rules worded "beginning with
/// the day", and the DfE validators' count: the start date counts as day 1 when it is a working day.</item>
/// </list>
/// <para>
/// Which one a rule uses is its rulebook row's counting (<c>DueDates</c>, decision 77).
/// </para>
/// <para>
/// Every method throws <see cref="ArgumentOutOfRangeException"/> for a date (or result) outside
/// <see cref="CoversFrom"/>..<see cref="CoversTo"/>: a deadline computed without the holidays of
/// its year would be silently wrong, which is worse than no deadline.
/// </para>
/// <para>
/// Lookups are O(1): the constructor precomputes, for each day of the coverage, how many working
/// days precede it, and the offset of every working day. These are called per row over millions
/// of rows.
/// </para>
/// </remarks>
public sealed partial class WorkingDayCalendar
{
    private readonly int _firstDayNumber;

    // _workingDaysBefore[i]: working days in [CoversFrom, CoversFrom + i). One longer than the
    // coverage so that day i is a working day exactly when entries i and i + 1 differ.
    private readonly int[] _workingDaysBefore;

    // _workingDayOffsets[k]: days from CoversFrom to the k-th (0-based) working day.
    private readonly int[] _workingDayOffsets;

    private WorkingDayCalendar(string name, DateOnly coversFrom, DateOnly coversTo, IReadOnlyList<BankHoliday> bankHolidays)
    {
        Name = name;
        CoversFrom = coversFrom;
        CoversTo = coversTo;
        BankHolidays = bankHolidays;

        _firstDayNumber = coversFrom.DayNumber;
        var dayCount = coversTo.DayNumber - coversFrom.DayNumber + 1;
        var holidayDayNumbers = bankHolidays.Select(holiday => holiday.Date.DayNumber).ToHashSet();

        _workingDaysBefore = new int[dayCount + 1];
        var workingDayOffsets = new List<int>(dayCount);
        for (var offset = 0; offset < dayCount; offset++)
        {
            var day = DateOnly.FromDayNumber(_firstDayNumber + offset);
            var isWorkingDay = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                && !holidayDayNumbers.Contains(day.DayNumber);
            if (isWorkingDay)
            {
                workingDayOffsets.Add(offset);
            }

            _workingDaysBefore[offset + 1] = workingDayOffsets.Count;
        }

        _workingDayOffsets = [.. workingDayOffsets];
    }

    /// <summary>Human-readable name, used in error messages (e.g. "England and Wales").</summary>
    public string Name { get; }

    /// <summary>First day the calendar can answer for.</summary>
    public DateOnly CoversFrom { get; }

    /// <summary>Last day the calendar can answer for.</summary>
    public DateOnly CoversTo { get; }

    /// <summary>Bank holidays within the coverage, in date order.</summary>
    public IReadOnlyList<BankHoliday> BankHolidays { get; }

    /// <summary>True for Monday to Friday unless the day is a bank holiday.</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        var index = IndexOf(day, nameof(day));
        return _workingDaysBefore[index + 1] != _workingDaysBefore[index];
    }

    /// <summary>
    /// The <paramref name="workingDays"/>th working day after <paramref name="start"/>, counting
    /// <paramref name="start"/> as day 0 whatever day it is (this project's convention, as in
    /// Working Together). Zero returns <paramref name="start"/> unchanged.
    /// </summary>
    /// <example>From Friday 8 March 2024, 15 working days is Tuesday 2 April 2024 (Good Friday and
    /// Easter Monday skipped); 1 working day from a Saturday is the following Monday.</example>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var index = IndexOf(start, nameof(start));
        if (workingDays == 0)
        {
            return start;
        }

        // Working days up to and including start are not counted; the next one is day 1.
        return WorkingDayAt((long)_workingDaysBefore[index + 1] + workingDays - 1, start, workingDays);
    }

    /// <summary>
    /// Deadline under the DfE validators' convention, where <paramref name="start"/> is day 1 if it
    /// is a working day; otherwise day 1 is the next working day. So from a working day this is
    /// one working day earlier than <see cref="AddWorkingDays"/>, and from a weekend or bank
    /// holiday the two agree. <paramref name="workingDays"/> must be at least 1.
    /// </summary>
    public DateOnly AddWorkingDaysCountingStartAsDayOne(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        var index = IndexOf(start, nameof(start));

        // Working days strictly before start are not counted; the first on or after it is day 1.
        return WorkingDayAt((long)_workingDaysBefore[index] + workingDays - 1, start, workingDays);
    }

    /// <summary>
    /// Working days after <paramref name="start"/> up to and including <paramref name="end"/>;
    /// 0 when <paramref name="end"/> is on or before <paramref name="start"/>. The inverse of
    /// <see cref="AddWorkingDays"/>: <c>WorkingDaysBetween(s, AddWorkingDays(s, n)) == n</c>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        var startIndex = IndexOf(start, nameof(start));
        var endIndex = IndexOf(end, nameof(end));
        return endIndex <= startIndex ? 0 : _workingDaysBefore[endIndex + 1] - _workingDaysBefore[startIndex + 1];
    }

    public override string ToString() => $"{Name} working days {Iso(CoversFrom)}..{Iso(CoversTo)}";

    private int IndexOf(DateOnly day, string parameterName)
    {
        var index = day.DayNumber - _firstDayNumber;
        if ((uint)index >= (uint)(_workingDaysBefore.Length - 1))
        {
            throw new ArgumentOutOfRangeException(
                parameterName, day, $"{Iso(day)} is outside the {Describe()}; extend the bank holiday data before using it.");
        }

        return index;
    }

    private DateOnly WorkingDayAt(long workingDayIndex, DateOnly start, int workingDays)
    {
        if (workingDayIndex >= _workingDayOffsets.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(workingDays), workingDays,
                $"Counting {workingDays} working days from {Iso(start)} runs past {Iso(CoversTo)}, the end of the {Describe()}.");
        }

        return DateOnly.FromDayNumber(_firstDayNumber + _workingDayOffsets[workingDayIndex]);
    }

    private string Describe() => $"{Name} working-day calendar coverage ({Iso(CoversFrom)} to {Iso(CoversTo)})";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
