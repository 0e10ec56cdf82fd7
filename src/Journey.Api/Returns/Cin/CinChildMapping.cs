using Journey.Domain.Calendars;
using Journey.Domain.Children;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;

namespace Journey.Api.Returns.Cin;

/// <summary>A child's part of the census, if the year counts the child, and what the census needs of the child that the journey does not hold.</summary>
public sealed record CinChildMapping(CinChild? Child, IReadOnlyList<MissingItem> Missing);

/// <summary>
/// A child's journey as the CIN census holds it for a collection year, a pure mapping with no I/O: the child is in the
/// census when one of the child's episodes of need was open in the year (<see cref="CinEpisodes"/>); each item is
/// written where the journey holds the fact, and reported missing where it does not (what the return says is
/// missing, issue 14 item 5): details recorded before the returns asked for the UPN, disabilities and a date of death
/// lack them (decision 79), and the child's items are then missing. Decision 84.
/// </summary>
public static class CinChildren
{
    /// <summary>The LA's own child id: at most 20 letters and digits (rules 1570 and 1580).</summary>
    public const int MaxChildIdLength = 20;

    /// <summary>
    /// The census's form of a child's id (decision 95): "LA Child ID must not contain any non-alphanumeric characters" (rule
    /// 1580) and "must not be longer than 20 characters" (rule 1570), where a Journey id may also hold <c>-</c> and
    /// <c>_</c> (DEMO-0013): those are left out (DEMO0013), so a child's census id is the same every year. Null when
    /// what remains is longer than 20.
    /// </summary>
    public static string? CensusId(string childId)
    {
        var id = new string(childId.Where(char.IsAsciiLetterOrDigit).ToArray());
        return id.Length is > 0 and <= MaxChildIdLength ? id : null;
    }

    public static CinChildMapping Map(ChildJourney journey, CollectionYear year, WorkingDayCalendar calendar)
    {
        var facts = new CinFacts(journey);
        var episodes = CinEpisodes.Of(facts);
        var counted = episodes.Where(e => CinEpisodes.InYear(e, year)).ToArray();
        if (counted.Length == 0) return new CinChildMapping(null, []);

        var missing = new List<MissingItem>();
        void Missing(string item, string reason) => missing.Add(new MissingItem(facts.ChildId, CinCensusReturn.FileName, item, reason));
        var censusId = CensusId(facts.ChildId);
        if (censusId is null)
            Missing("LAchildID", $"The child's id holds more than {MaxChildIdLength} letters and digits; the census refuses it (rule 1570). It is written as recorded.");
        // The latest details recorded stand (ChildDetailsRecorded): the census's characteristics are the child's as now known.
        var details = facts.Of<ChildDetailsRecorded>().LastOrDefault();
        if (details is null)
            Missing("PersonBirthDate", "No details are recorded for the child: date of birth (or expected date of birth), sex and ethnicity (rules 8525Q, 4180, 4220).");
        // Details recorded before the returns asked for them lack these (decision 79): said, never guessed.
        if (details?.Upn is null && details?.UpnUnknown is null)
            Missing("UPN", "The child's details record neither a UPN nor why there is none (upnUnknown): neither UPN nor UPNunknown is written (query 8770Q).");
        if (details?.Disabilities is null)
            Missing("Disability", "The child's details record no disabilities (NONE for none): no Disabilities are written (rule 8540).");

        var written = counted.Select(episode => Episode(episode, episodes, facts, year, calendar, Missing)).ToArray();
        var identifiers = new CinIdentifiers(details?.DateOfBirth, details?.ExpectedDateOfBirth, details?.Gender,
            details?.Upn, details?.FormerUpn, details?.Upn is null ? details?.UpnUnknown : null, details?.DateOfDeath);
        var child = new CinChild(censusId ?? facts.ChildId, identifiers, new CinCharacteristics(details?.Ethnicity, details?.Disabilities), written) { ChildId = facts.ChildId };
        return new CinChildMapping(child, missing);
    }

    private static CinEpisode Episode(CinEpisodeSpan episode, IReadOnlyList<CinEpisodeSpan> episodes, CinFacts facts, CollectionYear year,
        WorkingDayCalendar calendar, Action<string, string> missing)
    {
        var referral = episode.Referral;
        // The referral's source is its contact's (ContactReceived.Source: the CIN census ReferralSource codes).
        var source = facts.Of<ContactReceived>().First(c => c.ContactNumber == referral.ContactNumber).Source;
        if (referral.PrimaryNeed is null && !episode.Nfa)
            missing("PrimaryNeedCode", $"The referral of {episode.Start:yyyy-MM-dd} led to further action and has no primary need recorded (rule 8610).");
        foreach (var joined in episode.Joined.Where(r => year.Contains(CinFacts.Day(r))))
            missing("CINclosureDate", $"The referral of {CinFacts.Day(joined):yyyy-MM-dd} was accepted while the episode referred on {episode.Start:yyyy-MM-dd} was open, " +
                "so the census counts it in that episode; if that episode had ended, record its closure before the referral (episodes may not overlap, rule 8820).");
        // A closure after 31 March had not happened at the census's date: the episode is open on it.
        var closure = episode.End <= year.End ? episode.Closure : null;
        if (closure?.Reason == "RC2" && facts.Of<ChildDetailsRecorded>().LastOrDefault()?.DateOfDeath is null)
            missing("PersonDeathDate", $"The episode closed on {CinFacts.Day(closure):yyyy-MM-dd} because the child died (RC2), and the child's details record no date of death (query 8585Q).");

        var assessments = CinAssessments.In(episode, facts, year, missing);
        return new CinEpisode(episode.Start, source, referral.PrimaryNeed, closure is null ? null : CinFacts.Day(closure), closure?.Reason,
            CinProtection.TransferredIn(episode, episodes, facts, year), episode.Nfa,
            assessments,
            CinAssessments.Plans(episode, episodes, facts, year),
            CinProtection.Enquiries(episode, episodes, facts, year, calendar),
            CinProtection.Plans(episode, episodes, facts, year));
    }
}
