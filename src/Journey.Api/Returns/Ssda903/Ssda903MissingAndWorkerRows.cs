using Journey.Domain.FrontDoor;
using Journey.Domain.Missing;
using Journey.Domain.Timescales;

namespace Journey.Api.Returns.Ssda903;

/// <summary>
/// A looked-after child's rows of missing.csv (each time missing or away from placement while looked after) and
/// sw_episodes.csv (each social worker allocated), for the days of the collection year (decision 87).
/// </summary>
public static class Ssda903MissingAndWorkerRows
{
    /// <summary>SW_REASON of a child's first allocation, which changes no worker (the DfE's valid sample return, decision 90).</summary>
    private const string FirstAllocation = "OTHERS";

    /// <summary>
    /// missing.csv: each missing episode that began while the child was looked after (rules 578 and 581: not before
    /// care began nor after it ceased) and was open on a day of the year, from the day it began (MIS_START) to the day
    /// the child returned (MIS_END), blank when the child returned after the year ("The date that the child ceased to be
    /// missing ... is before the start or after the end of the collection year", rule 571). MISSING is M (missing) or A
    /// (away from placement without authorisation) as the step records it; a step recorded before it was asked lacks it.
    /// </summary>
    public static void Missing(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        var file = Ssda903Files.Missing;
        var periods = child.AllEpisodes.GroupBy(e => e.PeriodOfCare)
            .Select(p => (From: p.First().Start, To: p.Last().End))
            .ToArray();
        var returns = child.Facts.OfType<ReturnedFromMissing>().ToDictionary(r => r.MissingNumber, r => UkTime.DateOf(r.OccurredAt));
        foreach (var started in child.Facts.OfType<MissingEpisodeStarted>().OrderBy(m => m.OccurredAt))
        {
            var from = UkTime.DateOf(started.OccurredAt);
            var to = returns.TryGetValue(started.MissingNumber, out var returned) ? returned : (DateOnly?)null;
            if (!periods.Any(p => p.From <= from && (p.To is null || from <= p.To))) continue;
            if (from > child.Year.End || to < child.Year.Start) continue;
            if (started.MissingOrAway is null)
                gaps.Add(child.Id, file, "MISSING", "The missing episode does not record whether the child was missing (M) or away from placement without authorisation (A).");
            tables.Add(file, child.Id, child.Dob, started.MissingOrAway, Ssda903Files.Date(from), Ssda903Files.Date(to <= child.Year.End ? to : null));
        }
    }

    /// <summary>
    /// sw_episodes.csv: each allocation of the child's case to a social worker open on a day of the year, from the day it
    /// was made (SW_DECOM) to the day the next replaced it (SW_DEC), blank when still open at 31 March (rule SW17: the
    /// last is open). "If a child is looked after on 31 March then all social worker episodes for the full previous year
    /// should be reported, even those whilst they were not looked after" (rule SW12), yet the validator's code of that
    /// rule (SW12STG2) flags a period of care that is open, or runs on into another episode, when any of the child's
    /// social worker episodes starts before the day it began. So the episodes start no earlier than the day the child's
    /// first period of care in the year began: an allocation made before then runs from that day, and one replaced
    /// before it is left out (decision 91).
    /// Allocations of one day are one episode, the day's last ("appears to have lasted for less than 24 hours", SW09).
    /// SW_ID is the worker's Social Work England registration as the allocation records it; SW_REASON the reason the
    /// worker changed. The child's first allocation is no change and records none, yet "the reason for social worker
    /// change" is required of every episode from 1 April 2023 (rule SW13): it is written OTHERS, as the DfE's valid
    /// sample return does (decision 90).
    /// </summary>
    public static void SocialWorkerEpisodes(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        var file = Ssda903Files.SocialWorkerEpisodes;
        var allocations = child.Facts.OfType<CaseAllocated>().GroupBy(a => UkTime.DateOf(a.OccurredAt)).OrderBy(d => d.Key)
            .Select(d => (Day: d.Key, Allocation: d.OrderBy(a => a.OccurredAt).Last())).ToArray();
        var days = allocations.Select(a => a.Day).ToArray();
        DateOnly? careBegan = child.Episodes.Count == 0 ? null
            : child.AllEpisodes.Where(e => e.PeriodOfCare == child.Episodes[0].PeriodOfCare).Min(e => e.Start);
        if (days.Length == 0)
            gaps.Add(child.Id, file, "SW_DECOM", "No allocation of the child's case to a social worker is recorded.");
        for (var i = 0; i < days.Length; i++)
        {
            var from = days[i];
            DateOnly? to = i + 1 < days.Length ? days[i + 1] : null;
            if (from > child.Year.End || to < child.Year.Start) continue;
            if (careBegan is { } began)
            {
                if (to <= began) continue;
                if (from < began) from = began;
            }
            var allocation = allocations[i].Allocation;
            var reason = allocation.WorkerChangeReason ?? (i == 0 ? FirstAllocation : null);
            if (allocation.WorkerRegistration is null)
                gaps.Add(child.Id, file, "SW_ID", "An allocation records the worker's name but not their Social Work England registration (SW_ID).");
            if (reason is null)
                gaps.Add(child.Id, file, "SW_REASON", "A change of social worker does not record its reason.");
            tables.Add(file, child.Id, child.Dob, allocation.WorkerRegistration, Ssda903Files.Date(from), Ssda903Files.Date(to <= child.Year.End ? to : null), reason);
        }
    }
}
