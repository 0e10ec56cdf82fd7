using Journey.Domain.Journeys;

namespace Journey.Domain.Returns;

/// <summary>
/// What the return-readiness list reads of one journey for one collection year (decision 99): the breaches of the
/// returns' rules Journey checks, by the same functions the steps are judged by (<see cref="ReturnRuleFindings"/>).
/// A breach of a fact dated in the year is listed (a query accepted when recorded, or a fact stored before its rule
/// was checked at entry); so is a breach of what is still open on <c>asOf</c>, the year's last day or today if
/// sooner (an assessment not authorised, police protection still in force), whenever it began.
/// </summary>
public static class ReturnReadiness
{
    public static IEnumerable<ReturnFinding> Of(ChildJourney journey, DateOnly yearStart, DateOnly yearEnd, DateOnly today)
    {
        var asOf = today < yearEnd ? today : yearEnd;
        var happened = ReturnRuleFindings.Of(journey).ToArray();
        var key = happened.Select(f => (f.Rule.Code, f.Subject)).ToHashSet();
        var stillOpen = ReturnRuleFindings.Of(journey, asOf).Where(f => !key.Contains((f.Rule.Code, f.Subject)));
        return happened.Where(f => f.On >= yearStart && f.On <= yearEnd).Concat(stillOpen);
    }
}
