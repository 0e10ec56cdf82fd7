using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Timescales;

namespace Journey.Domain.Ssda903;

/// <summary>
/// The SSDA903 episodes of a child's journey, derived from its steps (decision 86): pure, so the return, the
/// readiness list and the tests derive them alike. "A new episode starts at each change of legal status or
/// placement, or both" (SSDA903 guide, episodes): entering care starts one (RNE S); a change of legal status
/// (LegalStatusChanged), of placement (PlacementStarted), or of both starts the next, the one before ceasing that day
/// with REC X1; leaving care (LeftCare) ends the last with the reason it gives.
/// <list type="bullet">
/// <item>Episodes are by UK day, as the return's dates are: the changes of one day make one episode, with the day's last
/// legal status and placement. A legal status and a placement changed the same day are one episode, B when the
/// carer changed (any placement that day not PLACE, "change in the status of the placement only"), U when not; a
/// placement alone is P or T alike. An episode of less than a day is not returned (validation rule 355).</item>
/// <item>Changes on the day a period of care ends open no episode: it would cease the day it began (rule 355 again);
/// the period's last episode ends that day.</item>
/// <item>REASON_PLACE_CHANGE is on the episode that ceases because its placement changed: the reason the next
/// placement gives (the day's first, the one that replaced this episode's carer), left blank when either placement is
/// temporary ("Reason for placement change is not required for temporary placements", rule 226).</item>
/// </list>
/// </summary>
public static class Ssda903Episodes
{
    /// <summary>Every episode of every period of care, in order, from the journey's effective facts in stream order.</summary>
    public static IReadOnlyList<Ssda903Episode> Derive(IEnumerable<IJourneyEvent> facts)
    {
        // In time order, steps at one instant in stream order: a correction may move a step before a later-recorded one.
        var steps = facts.Select((fact, order) => (Fact: fact, Order: order))
            .Where(s => PeriodOf(s.Fact) is not null)
            .OrderBy(s => s.Fact.OccurredAt).ThenBy(s => s.Order)
            .Select(s => s.Fact)
            .ToArray();
        var episodes = new List<Ssda903Episode>();
        foreach (var entry in steps.OfType<EnteredCare>())
            episodes.AddRange(Period(entry, steps.Where(s => PeriodOf(s) == entry.CareEpisodeNumber && s is not EnteredCare)));
        return episodes;
    }

    /// <summary>
    /// The episodes a collection year (<paramref name="from"/> 1 April to <paramref name="to"/> 31 March) returns: every
    /// episode open on any day of it ("children looked after at any time during the year"). An episode that ceased after
    /// the year is returned open, as it stood on 31 March: "Date episode ceased must be on or before the end of the
    /// current collection year" (rules 354, 385), and a reason for placement change "is not required when the episode
    /// has not ceased" (rule 233).
    /// </summary>
    public static IReadOnlyList<Ssda903Episode> InYear(IEnumerable<Ssda903Episode> episodes, DateOnly from, DateOnly to) =>
        episodes.Where(e => e.Start <= to && (e.End is null || e.End >= from))
            .Select(e => e.End > to ? e with { End = null, ReasonEnded = null, ReasonPlacementChanged = null } : e)
            .ToArray();

    /// <summary>
    /// Looked after continuously for at least 12 months at 31 March (the OC2 cohort), from the year's episodes as
    /// <see cref="InYear"/> gives them, as the DfE's validation rules define it (CONTINUOUSLY_LOOKED_AFTER): looked after
    /// during the year and none of its episodes starting a period of care after 1 April, ending one before 31 March, or
    /// under a legal status of short-term breaks (V3, V4).
    /// </summary>
    public static bool ContinuouslyLookedAfter(IReadOnlyCollection<Ssda903Episode> yearEpisodes, DateOnly from, DateOnly to) =>
        yearEpisodes.Count > 0
        && !yearEpisodes.Any(e => (e.ReasonForNewEpisode == ReasonForNewEpisode.StartedToBeLookedAfter && e.Start > from)
                                  || (e.EndsThePeriodOfCare && e.End < to)
                                  || Ssda903Codes.IsShortBreaks(e.LegalStatus));

    private static int? PeriodOf(IJourneyEvent fact) => fact switch
    {
        EnteredCare x => x.CareEpisodeNumber,
        LegalStatusChanged x => x.CareEpisodeNumber,
        PlacementStarted x => x.CareEpisodeNumber,
        LeftCare x => x.CareEpisodeNumber,
        _ => null,
    };

    private static IEnumerable<Ssda903Episode> Period(EnteredCare entry, IEnumerable<IJourneyEvent> steps)
    {
        var entered = UkTime.DateOf(entry.OccurredAt);
        var byDay = steps.GroupBy(s => UkTime.DateOf(s.OccurredAt)).ToArray();
        var current = new Ssda903Episode(entry.CareEpisodeNumber, entered, ReasonForNewEpisode.StartedToBeLookedAfter, entry.LegalStatus, entry, null);
        foreach (var day in byDay)
        {
            var changes = day.ToArray();
            var left = changes.OfType<LeftCare>().FirstOrDefault();
            // Changes on the day care ends open no episode, except on the day it began: they are the first episode's.
            if (left is null || day.Key == entered)
            {
                var (ceased, opened) = Changed(current, changes, day.Key);
                if (ceased is not null) yield return ceased;
                current = opened ?? current;
            }
            if (left is null) continue;
            yield return current with { End = day.Key, ReasonEnded = left.ReasonCeased };
            yield break;
        }
        yield return current;
    }

    /// <summary>
    /// A day's changes to the episode: the episode that ceases that day and the one that begins (both null when the
    /// day changes neither legal status nor placement). On the day the period of care began, the first episode itself
    /// takes the day's last legal status and placement, and nothing ceases.
    /// </summary>
    private static (Ssda903Episode? Ceased, Ssda903Episode? Opened) Changed(Ssda903Episode current, IJourneyEvent[] changes, DateOnly day)
    {
        var legalStatus = changes.OfType<LegalStatusChanged>().LastOrDefault()?.LegalStatus ?? current.LegalStatus;
        var placements = changes.OfType<PlacementStarted>().ToArray();
        var legalStatusChanged = legalStatus != current.LegalStatus;
        if (!legalStatusChanged && placements.Length == 0) return (null, null);
        var placement = placements.LastOrDefault() ?? current.Placement;
        if (day == current.Start) return (null, current with { LegalStatus = legalStatus, Placement = placement });

        var replacedBy = placements.FirstOrDefault();
        var reason = replacedBy is null || Ssda903Codes.IsTemporary(current.PlacementType) || Ssda903Codes.IsTemporary(replacedBy.PlacementType)
            ? null
            : replacedBy.ReasonForChange;
        var carerChanged = placements.Any(p => PlacementKinds.IsNewCarer(p.ReasonForChange));
        var rne = ReasonForNewEpisode.For(legalStatusChanged, placements.Length > 0, carerChanged);
        return (current with { End = day, ReasonEnded = Ssda903Codes.NewEpisodeSameDay, ReasonPlacementChanged = reason },
            new Ssda903Episode(current.PeriodOfCare, day, rne, legalStatus, current.Entry, placement));
    }
}
