namespace Journey.Domain.Calendars;

/// <summary>
/// A day on which a bank holiday is observed. When a holiday falls at a weekend this is the
/// substitute weekday (the day people actually have off), never the weekend date itself.
/// </summary>
public sealed record BankHoliday(DateOnly Date, string Name);
