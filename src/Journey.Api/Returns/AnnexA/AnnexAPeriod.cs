namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// The days Annex A's lists cover (decision 93), UK days, both ends included. Ofsted's Annex A sets them back from
/// the inspection: contacts, early help, referrals, assessments and section 47 enquiries "in the six months before
/// the inspection"; children in need, child protection and children in care "at the point of inspection" and those
/// whose plan or care ended "in the six months before"; care leavers "at the point of inspection"; adoption and
/// adopters "in the 12 months before the inspection". <see cref="End"/> is the day the lists stand at (the day
/// before the inspection's notification, say). Asked for a period of its own (from, to), every list covers it
/// and stands at its last day. Counts "in the last 12 months" and "in the last six months" always run back from
/// <see cref="End"/>; a count before a row's own date (previous referrals) runs back from that date.
/// </summary>
public sealed record AnnexAPeriod(DateOnly End, DateOnly ListsFrom, DateOnly AdoptionFrom)
{
    /// <summary>The 12 months to <see cref="End"/>: 1 April 2025 to 31 March 2026 for 31 March 2026.</summary>
    public DateOnly LastTwelveMonthsFrom => TwelveMonthsBefore(End).AddDays(1);

    /// <summary>The six months to <see cref="End"/>: 1 October 2025 to 31 March 2026 for 31 March 2026.</summary>
    public DateOnly LastSixMonthsFrom => End.AddMonths(-6).AddDays(1);

    /// <summary>
    /// The periods before an inspection: calendar months back from the day the lists stand at (a month from 31 August is
    /// 28 or 29 February, as every month clock here counts them, decision 36), so six months to 31 March 2026 begin on
    /// 1 October 2025 and 12 months on 1 April 2025.
    /// </summary>
    public static AnnexAPeriod Before(DateOnly end) => new(end, end.AddMonths(-6).AddDays(1), TwelveMonthsBefore(end).AddDays(1));

    /// <summary>Any period asked for: every list covers it and stands at its last day.</summary>
    public static AnnexAPeriod Between(DateOnly from, DateOnly to) => new(to, from, from);

    /// <summary>The period the parameters ask for: from and to, else the periods before periodEnd, else before the collection year's 31 March.</summary>
    public static AnnexAPeriod Of(ReturnParameters parameters) =>
        parameters is { From: { } from, To: { } to } ? Between(from, to) : Before(parameters.PeriodEnd ?? parameters.Year.End);

    /// <summary>The day 12 calendar months before: what "in the last 12 months" of a day runs back to.</summary>
    public static DateOnly TwelveMonthsBefore(DateOnly day) => day.AddMonths(-12);

    /// <summary>Whether a day falls in the lists' period.</summary>
    public bool InLists(DateOnly day) => day >= ListsFrom && day <= End;

    /// <summary>
    /// Whether something that began on <paramref name="from"/> and ended on <paramref name="to"/> (null: not ended by
    /// <see cref="End"/>) was under way at some time in the lists' period: open at its end, or ended within it.
    /// </summary>
    public bool Overlaps(DateOnly from, DateOnly? to) => from <= End && (to is null || to >= ListsFrom);
}
