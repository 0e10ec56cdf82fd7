using Journey.Domain.Calendars;
using Journey.Domain.Protection;

namespace Journey.Api.Returns.Cin;

/// <summary>
/// An episode's section 47 enquiries and child protection plans in a year, each counted when it had activity in it,
/// with no date after the reference date:
/// <list type="bullet">
/// <item>a section 47 enquiry whose initial conference was held in the year (DateOfInitialCPC, rule 8715), or that
/// ended without one in the year (ICPCnotRequired: concluded with no conference asked for, or its request lapsed when
/// a later enquiry started, as the journey has it), or that was still waiting for its conference on 31 March (rule
/// 8740 then asks that it started in the year). Its InitialCPCtarget is 15 working days after the strategy
/// discussion that started it (Working Together 2023: "within 15 working days of the strategy discussion"; the
/// enquiry starts on that discussion's day, decision 3), on the England and Wales working-day calendar;</item>
/// <item>a child protection plan open at some point of the year, started at a conference or transferred in, ended or
/// transferred out (its end date only if by 31 March, rules 8720, 8930), its category at the start and the latest by
/// 31 March, the plans the child had before it, and the review conferences held in the year;</item>
/// <item>a plan transferred in during the year is the episode's own initial conference (CINdetails DateOfInitialCPC:
/// a conference with no section 47 enquiry of the episode, rule 2885).</item>
/// </list>
/// </summary>
public static class CinProtection
{
    /// <summary>Working Together 2023, chapter 2: the initial child protection conference within 15 working days of the strategy discussion.</summary>
    public const int InitialConferenceWorkingDays = 15;

    public static IReadOnlyList<CinSection47> Enquiries(CinEpisodeSpan episode, IReadOnlyList<CinEpisodeSpan> episodes, CinFacts facts, CollectionYear year,
        WorkingDayCalendar calendar)
    {
        var enquiries = new List<CinSection47>();
        var started = facts.Of<Section47Started>().ToArray();
        foreach (var enquiry in started)
        {
            var start = CinFacts.Day(enquiry);
            if (start > year.End || CinEpisodes.At(episodes, start) != episode) continue;
            var target = calendar.AddWorkingDays(start, InitialConferenceWorkingDays);
            var conference = facts.Of<InitialConferenceHeld>().FirstOrDefault(c => c.EnquiryNumber == enquiry.EnquiryNumber) is { } c ? CinFacts.Day(c) : (DateOnly?)null;
            if (conference <= year.End)
            {
                if (conference >= year.Start) enquiries.Add(new CinSection47(start, target, conference, IcpcNotRequired: false));
                continue;
            }
            // No conference by 31 March: the enquiry ended without one, or waits for it.
            var concluded = facts.Of<Section47Concluded>().FirstOrDefault(q => q.EnquiryNumber == enquiry.EnquiryNumber);
            var endedWithout = concluded is null ? null
                : concluded.Outcome != Section47Outcome.InitialConference ? CinFacts.Day(concluded)
                : started.Where(s => s.EnquiryNumber > enquiry.EnquiryNumber).Select(CinFacts.Day).Cast<DateOnly?>().Min();
            if (endedWithout > year.End) endedWithout = null;
            if (endedWithout < year.Start) continue;
            enquiries.Add(new CinSection47(start, target, null, IcpcNotRequired: endedWithout is not null));
        }
        return enquiries;
    }

    public static IReadOnlyList<CinProtectionPlan> Plans(CinEpisodeSpan episode, IReadOnlyList<CinEpisodeSpan> episodes, CinFacts facts, CollectionYear year)
    {
        var all = Started(facts);
        var plans = new List<CinProtectionPlan>();
        foreach (var (number, start, category, _) in all)
        {
            if (start > year.End || CinEpisodes.At(episodes, start) != episode) continue;
            var end = facts.Events.Select(e => e switch
            {
                ProtectionPlanEnded x when x.PlanNumber == number => CinFacts.Day(x),
                ProtectionPlanTransferredOut x when x.PlanNumber == number => CinFacts.Day(x),
                _ => (DateOnly?)null,
            }).FirstOrDefault(d => d is not null);
            if (end < year.Start) continue;
            var latest = facts.Of<ProtectionCategoryChanged>().LastOrDefault(c => c.PlanNumber == number && CinFacts.Day(c) <= year.End)?.Category ?? category;
            var reviews = facts.Of<ReviewConferenceHeld>().Where(r => r.PlanNumber == number).Select(CinFacts.Day)
                .Where(year.Contains).Distinct().Order().ToArray();
            plans.Add(new CinProtectionPlan(start, end > year.End ? null : end, category, latest, all.Count(p => p.Number < number), reviews));
        }
        return plans;
    }

    /// <summary>The latest plan of the episode transferred in during the year: its transfer-in conference (CINdetails DateOfInitialCPC).</summary>
    public static DateOnly? TransferredIn(CinEpisodeSpan episode, IReadOnlyList<CinEpisodeSpan> episodes, CinFacts facts, CollectionYear year) =>
        Started(facts).Where(p => p.TransferredIn && year.Contains(p.Start) && CinEpisodes.At(episodes, p.Start) == episode)
            .Select(p => (DateOnly?)p.Start).LastOrDefault();

    /// <summary>Every plan the journey holds, by number (started at a conference or transferred in).</summary>
    private static IReadOnlyList<(int Number, DateOnly Start, string Category, bool TransferredIn)> Started(CinFacts facts) =>
        facts.Events.Select(e => e switch
            {
                ProtectionPlanStarted x => (x.PlanNumber, CinFacts.Day(x), x.Category, false),
                ProtectionPlanTransferredIn x => (x.PlanNumber, CinFacts.Day(x), x.Category, true),
                _ => ((int Number, DateOnly Start, string Category, bool TransferredIn)?)null,
            })
            .OfType<(int Number, DateOnly Start, string Category, bool TransferredIn)>().OrderBy(p => p.Number).ToArray();
}
