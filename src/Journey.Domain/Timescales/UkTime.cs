namespace Journey.Domain.Timescales;

/// <summary>
/// Days in social care are UK days: a contact at 23:30 UTC on 31 March during summer time was
/// received on 1 April. Every date a measure counts from comes through here.
/// </summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The last instant of a UK day (the next day's local midnight, less one tick).</summary>
    public static DateTimeOffset EndOf(DateOnly day)
    {
        var nextMidnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(nextMidnight, Zone.GetUtcOffset(nextMidnight)).AddTicks(-1);
    }
}
