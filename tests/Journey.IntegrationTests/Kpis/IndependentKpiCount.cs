using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Kpis;
using Journey.Domain.Missing;
using Journey.Domain.Protection;
using Journey.Domain.Timescales;

namespace Journey.IntegrationTests.Kpis;

/// <summary>
/// Counts each KPI of the pack for a month from the raw tables, with the domain's calendar and
/// rulebook (TimelinessClocks) for every due date: a second, separately written reading of the KPI
/// definitions in seeds/reference/kpis.csv and docs/analytics.md. As recorded, every KPI counts only
/// what had been recorded by month end: a clock's start and stop, an episode's start and end, a
/// visit, review or supervision; an episode whose end was not yet recorded was still open, so events
/// after that end count for it.
/// </summary>
public sealed class IndependentKpiCount(RawTables raw, TimelinessClocks clocks, int population)
{
    public static readonly IReadOnlyList<string> ClockKpis =
        ["contact-decision-24h", "initial-conference-15wd", "assessment-45wd", "open-assessments-in-time", "unallocated-5wd", "return-interviews-72h"];

    /// <summary>The KPIs counted from plans and the chains over them rather than from measure clocks.</summary>
    public static readonly IReadOnlyList<string> ChainKpis =
        ["protection-plan-rate", "protection-visits-in-time", "review-conferences-in-time", "protection-supervision-in-time",
         "child-in-need-visits-in-time", "looked-after-visits-in-time", "looked-after-reviews-in-time"];

    public sealed record Figure(long Numerator, long? Denominator, decimal? Value, long Families, long FamiliesMet, int Rows, int NotMet);

    private sealed record Counted(string ChildId, bool? Met);

    public Figure Count(KpiDefinition kpi, DateOnly month, bool asRecorded)
    {
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var asAt = UkTime.EndOf(monthEnd);
        var counted = Rows(kpi.KpiId, month, monthEnd, asAt, asRecorded).ToList();
        var families = counted.GroupBy(c => FamilyOf(c.ChildId, asAt)).ToList();
        var met = counted.Count(c => c.Met == true);
        var familiesMet = families.Count(f => f.All(c => c.Met != false));
        return kpi.Unit switch
        {
            KpiUnits.Percent => new Figure(met, counted.Count, counted.Count == 0 ? null : Round(100m * met / counted.Count),
                families.Count, familiesMet, counted.Count, counted.Count - met),
            KpiUnits.PerTenThousand => new Figure(counted.Count, population, Round(10000m * counted.Count / population),
                families.Count, familiesMet, counted.Count, 0),
            _ => new Figure(counted.Count, null, counted.Count, families.Count, familiesMet, counted.Count, 0),
        };
    }

    private IEnumerable<Counted> Rows(string kpi, DateOnly month, DateOnly monthEnd, DateTimeOffset asAt, bool asRecorded) => kpi switch
    {
        "contact-decision-24h" => StoppedIn(FrontDoorClocks.ContactDecision24Hours, month, monthEnd, asAt, asRecorded),
        "initial-conference-15wd" => StoppedIn(ProtectionClocks.InitialConference, month, monthEnd, asAt, asRecorded),
        "assessment-45wd" => StoppedIn(AssessmentClocks.Assessment, month, monthEnd, asAt, asRecorded),
        "open-assessments-in-time" => Running(AssessmentClocks.Assessment, asAt, asRecorded).Where(c => Seen(c, asAt, asRecorded) is null)
            .Select(c => new Counted(c.ChildId, InTime(c, asAt))),
        "unallocated-5wd" => Running(FrontDoorClocks.Allocation, asAt, asRecorded).Where(c => Seen(c, asAt, asRecorded) is null && !InTime(c, asAt))
            .Select(c => new Counted(c.ChildId, null)),
        "return-interviews-72h" => Running(MissingClocks.ReturnInterview, asAt, asRecorded)
            .Where(c => Between(clocks.Start(c.Measure, c.StartAt).DueDate, month, monthEnd))
            .Select(c => new Counted(c.ChildId, Seen(c, asAt, asRecorded) is { } actual && Met(c, actual))),
        "protection-plan-rate" => OpenAt(AsKnown(raw.ProtectionPlans, asAt, asRecorded), asAt).Select(p => new Counted(p.ChildId, null)),
        "protection-visits-in-time" => NextDue(AsKnown(raw.ProtectionPlans, asAt, asRecorded), AsKnown(raw.ProtectionVisits, asAt, asRecorded), asAt,
            "protection-visit", "protection-visit", "protection-visit"),
        "review-conferences-in-time" => NextDue(AsKnown(raw.ProtectionPlans, asAt, asRecorded), AsKnown(raw.ReviewConferences, asAt, asRecorded), asAt,
            "first-review-conference", "review-conference", "review-conference"),
        "protection-supervision-in-time" => NextDue(AsKnown(raw.ProtectionPlans, asAt, asRecorded),
            SupervisionsWithin(AsKnown(raw.ProtectionPlans, asAt, asRecorded), asAt, asRecorded), asAt,
            "protection-supervision", "protection-supervision", "protection-supervision"),
        "child-in-need-visits-in-time" => NextDue(AsKnown(raw.ChildInNeedPlans, asAt, asRecorded), AsKnown(raw.ChildInNeedVisits, asAt, asRecorded), asAt,
            "child-in-need-visit", "child-in-need-visit", "child-in-need-visit"),
        "looked-after-visits-in-time" => PlacementVisits(asAt, asRecorded),
        "looked-after-reviews-in-time" => HeldInYear(AsKnown(raw.CareEpisodes, asAt, asRecorded), AsKnown(raw.LookedAfterReviews, asAt, asRecorded),
            month, monthEnd, asAt),
        _ => throw new InvalidOperationException($"No independent count for KPI {kpi}: write one when adding it to kpis.csv."),
    };

    private IEnumerable<Counted> StoppedIn(string measure, DateOnly month, DateOnly monthEnd, DateTimeOffset asAt, bool asRecorded) =>
        Running(measure, asAt, asRecorded)
            .Select(c => (Clock: c, Actual: Seen(c, asAt, asRecorded)))
            .Where(x => x.Actual is { } actual && Between(UkTime.DateOf(actual), month, monthEnd))
            .Select(x => new Counted(x.Clock.ChildId, Met(x.Clock, x.Actual!.Value)));

    /// <summary>Clocks started by <paramref name="asAt"/> (and recorded by then, as recorded) and still due then.</summary>
    private IEnumerable<RawTables.Clock> Running(string measure, DateTimeOffset asAt, bool asRecorded) =>
        raw.Clocks.Where(c => c.Measure == measure && c.StartAt <= asAt && (c.NotDueFrom is null || c.NotDueFrom > asAt)
                              && (!asRecorded || c.StartRecordedAt <= asAt));

    private static DateTimeOffset? Seen(RawTables.Clock c, DateTimeOffset asAt, bool asRecorded) =>
        c.ActualAt <= asAt && (!asRecorded || c.ActualRecordedAt <= asAt) ? c.ActualAt : null;

    private bool Met(RawTables.Clock c, DateTimeOffset actual)
    {
        var clock = clocks.Start(c.Measure, c.StartAt);
        return clock.DueAt is { } dueAt ? actual <= dueAt : UkTime.DateOf(actual) <= clock.DueDate;
    }

    private bool InTime(RawTables.Clock c, DateTimeOffset asAt)
    {
        var clock = clocks.Start(c.Measure, c.StartAt);
        return clock.DueAt is { } dueAt ? asAt <= dueAt : UkTime.DateOf(asAt) <= clock.DueDate;
    }

    /// <summary>Whether something recorded at <paramref name="recordedAt"/> was known at <paramref name="asAt"/> in the view asked for.</summary>
    private static bool Known(DateTimeOffset? recordedAt, DateTimeOffset asAt, bool asRecorded) => !asRecorded || recordedAt <= asAt;

    /// <summary>
    /// The episodes as known at <paramref name="asAt"/>: as occurred, all of them as they stand; as
    /// recorded, those whose start had been recorded, an end not yet recorded left off.
    /// </summary>
    private static List<RawTables.Episode> AsKnown(IEnumerable<RawTables.Episode> episodes, DateTimeOffset asAt, bool asRecorded) =>
        episodes.Where(e => Known(e.StartedRecordedAt, asAt, asRecorded))
            .Select(e => Known(e.EndedRecordedAt, asAt, asRecorded) ? e : e with { EndedAt = null }).ToList();

    /// <summary>The visits, reviews or supervisions known at <paramref name="asAt"/>: as recorded, those recorded by then.</summary>
    private static List<RawTables.Held> AsKnown(IEnumerable<RawTables.Held> held, DateTimeOffset asAt, bool asRecorded) =>
        held.Where(h => Known(h.RecordedAt, asAt, asRecorded)).ToList();

    private static IEnumerable<RawTables.Episode> OpenAt(IEnumerable<RawTables.Episode> episodes, DateTimeOffset asAt) =>
        episodes.Where(e => e.StartedAt <= asAt && (e.EndedAt is null || e.EndedAt > asAt));

    /// <summary>Episodes open at month end, in time while the next visit or review, due from the last one held, is not overdue.</summary>
    private IEnumerable<Counted> NextDue(IEnumerable<RawTables.Episode> episodes, IReadOnlyList<RawTables.Held> held, DateTimeOffset asAt,
        string first, string second, string later)
    {
        foreach (var episode in OpenAt(episodes, asAt))
        {
            var before = held.Where(h => h.ChildId == episode.ChildId && h.Number == episode.Number && h.HeldAt <= asAt)
                .OrderBy(h => h.HeldAt).ToList();
            var due = before.Count switch
            {
                0 => clocks.Start(first, episode.StartedAt).DueDate,
                1 => clocks.Start(second, before[0].HeldAt).DueDate,
                _ => clocks.Start(later, before[^1].HeldAt).DueDate,
            };
            yield return new Counted(episode.ChildId, UkTime.DateOf(asAt) <= due);
        }
    }

    /// <summary>
    /// Placements open at month end, each visit counting for the placement the child was in when it was
    /// made. Only placements that never settle: the generated journeys use no long-term placement type
    /// (checked), so the 3-month interval of a settled long-term placement is left to its own tests.
    /// As recorded, a placement whose end (the next placement, or leaving care) was not yet recorded
    /// was the current one, so a visit made after that end counts for it.
    /// </summary>
    private IEnumerable<Counted> PlacementVisits(DateTimeOffset asAt, bool asRecorded)
    {
        if (raw.Placements.Any(p => p.LongTerm)) throw new InvalidOperationException("The independent count reads no long-term placement.");
        var known = raw.Placements.Where(p => Known(p.StartedRecordedAt, asAt, asRecorded))
            .Select(p => Known(p.EndedRecordedAt, asAt, asRecorded) ? p : p with { EndedAt = null }).ToList();
        var placements = known.Select(p => new RawTables.Episode(p.ChildId, p.Number, p.StartedAt, p.EndedAt, p.StartedRecordedAt, p.EndedRecordedAt));
        var visits = (from v in AsKnown(raw.LookedAfterVisits, asAt, asRecorded)
                      from p in known
                      where p.ChildId == v.ChildId && p.CareEpisode == v.Number && p.StartedAt <= v.HeldAt && (p.EndedAt is null || v.HeldAt < p.EndedAt)
                      select new RawTables.Held(v.ChildId, p.Number, v.HeldAt, v.RecordedAt)).ToList();
        return NextDue(placements, visits, asAt, "looked-after-visit-first", "looked-after-visit", "looked-after-visit");
    }

    /// <summary>
    /// A supervision (known at <paramref name="asAt"/>) counts for each plan open on its UK date, from
    /// the plan's start date to its end date as known then.
    /// </summary>
    private List<RawTables.Held> SupervisionsWithin(IEnumerable<RawTables.Episode> plans, DateTimeOffset asAt, bool asRecorded) =>
        (from s in raw.Supervisions
         where Known(s.RecordedAt, asAt, asRecorded)
         from p in plans
         where p.ChildId == s.ChildId && UkTime.DateOf(s.HeldAt) >= UkTime.DateOf(p.StartedAt)
               && (p.EndedAt is null || UkTime.DateOf(s.HeldAt) <= UkTime.DateOf(p.EndedAt.Value))
         select new RawTables.Held(s.ChildId, p.Number, s.HeldAt, s.RecordedAt)).ToList();

    /// <summary>Looked-after reviews held from 1 April of the reporting year to month end, each against its due date.</summary>
    private IEnumerable<Counted> HeldInYear(IEnumerable<RawTables.Episode> episodes, IReadOnlyList<RawTables.Held> reviews,
        DateOnly month, DateOnly monthEnd, DateTimeOffset asAt)
    {
        var yearStart = new DateOnly(month.Month >= 4 ? month.Year : month.Year - 1, 4, 1);
        foreach (var episode in episodes.Where(e => e.StartedAt <= asAt))
        {
            var held = reviews.Where(r => r.ChildId == episode.ChildId && r.Number == episode.Number && r.HeldAt <= asAt)
                .OrderBy(r => r.HeldAt).ToList();
            for (var i = 0; i < held.Count; i++)
            {
                var day = UkTime.DateOf(held[i].HeldAt);
                if (!Between(day, yearStart, monthEnd)) continue;
                var due = i switch
                {
                    0 => clocks.Start("first-looked-after-review", episode.StartedAt).DueDate,
                    1 => clocks.Start("second-looked-after-review", held[0].HeldAt).DueDate,
                    _ => clocks.Start("looked-after-review", held[i - 1].HeldAt).DueDate,
                };
                yield return new Counted(episode.ChildId, day <= due);
            }
        }
    }

    private string FamilyOf(string childId, DateTimeOffset asAt) =>
        raw.FamilyLinks.Where(f => f.ChildId == childId && f.LinkedAt <= asAt && (f.UnlinkedAt is null || f.UnlinkedAt > asAt))
            .OrderByDescending(f => f.LinkedAt).Select(f => f.FamilyId).FirstOrDefault() ?? $"child:{childId}";

    private static bool Between(DateOnly day, DateOnly from, DateOnly to) => day >= from && day <= to;
    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
