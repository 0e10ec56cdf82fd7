using Journey.Api.Hosting;
using Journey.Domain.LookedAfter;
using Journey.Domain.Ssda903;
using Journey.Domain.Timescales;

namespace Journey.Api.Returns.Ssda903;

/// <summary>
/// A child's header row, and their rows of the files about their care: episodes, reviews, UASC and previous
/// permanence (decision 87). An item the journey does not record is left blank and listed as missing.
/// </summary>
public static class Ssda903CareRows
{
    /// <summary>
    /// Placement types for which "Ofsted Unique reference number (URN) is required" does not hold in 2025/26 (rule 218:
    /// P1, P3, R1, R2, R5, T0 to T4 and Z11 to Z14), and for which a URN "should not be recorded" (rule 222).
    /// </summary>
    private static readonly HashSet<string> WithoutUrn = ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"];

    /// <summary>PLACE P1 (placed with parents) is provided by PR0, "parent(s) or other person(s) with parental responsibility" (rules 527 to 531, 550).</summary>
    private const string ParentsProvider = "PR0";

    /// <summary>
    /// header.csv: every child of the return, looked after during the year or a care leaver (rule EPI: a child in
    /// the header has episodes or OC3). SEX M, F or U (from 2024/25, rule 101) and ETHNIC as the child's details
    /// record them; UPN the child's unique pupil number, else the code for why there is none (UN1 to UN5); MOTHER
    /// (1 or 0) and MC_DOB (her first child's date of birth) are asked of girls looked after during the year other than
    /// on short-term breaks (rule 393), and not of care leavers who were not (rule 628), so they are written for them alone.
    /// </summary>
    public static void Header(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        var file = Ssda903Files.Header;
        if (child.Details is null)
        {
            gaps.Add(child.Id, file, "SEX", "No child details are recorded: sex is left blank.");
            gaps.Add(child.Id, file, "ETHNIC", "No child details are recorded: ethnicity is left blank.");
        }
        if (child.DateOfBirth is null) gaps.Add(child.Id, file, "DOB", "No date of birth is recorded: DOB is left blank in every file.");
        var upn = child.Details?.Upn ?? child.Details?.UpnUnknown;
        if (upn is null) gaps.Add(child.Id, file, "UPN", "The child's details record no unique pupil number, nor why there is none (UN1 to UN5).");
        var motherAsked = child.Details?.Gender == "F" && child.LookedAfterOtherThanShortBreaks;
        var mother = motherAsked ? child.Details?.IsMother : null;
        if (motherAsked && mother is null)
            gaps.Add(child.Id, file, "MOTHER", "The child's details do not record whether she is a mother (1 or 0).");
        if (mother == true && child.Details?.FirstChildDateOfBirth is null)
            gaps.Add(child.Id, file, "MC_DOB", "She is a mother; her child's date of birth is not recorded.");
        tables.Add(file, child.Id, child.Details?.Gender, child.Dob, child.Details?.Ethnicity, upn, Flag(mother),
            Ssda903Files.Date(mother == true ? child.Details?.FirstChildDateOfBirth : null));
    }

    /// <summary>
    /// episodes.csv: the year's episodes (decision 86). CIN and HOME_POST are the period of care's, as entering care
    /// recorded them; PLACE_PROVIDER, PL_POST and URN the placement's. PLACE_PROVIDER is PR0 for a placement with parents
    /// (P1) when none is recorded, and blank for a temporary placement ("Placement provider information not required",
    /// rule 213). No postcode or URN is written under short-term breaks (V3, V4, rule 214), no home postcode of an
    /// unaccompanied asylum-seeking child (rule 406: no distance of theirs is returned), and a URN is asked only for
    /// the placement types of rule 218.
    /// </summary>
    public static void Episodes(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        var file = Ssda903Files.Episodes;
        foreach (var episode in child.Episodes)
        {
            var place = episode.PlacementType;
            var shortBreaks = Ssda903Codes.IsShortBreaks(episode.LegalStatus);
            var entry = episode.Entry;
            var placement = episode.Placement;
            if (entry.CategoryOfNeed is null)
                gaps.Add(child.Id, file, "CIN", "Entering care did not record the category of need (N1 to N8) of the period of care.");
            if (place is null)
                gaps.Add(child.Id, file, "PLACE", $"No placement is recorded from {episode.Start:dd/MM/yyyy}, the day the period of care began: PLACE is left blank.");
            var temporary = place is not null && Ssda903Codes.IsTemporary(place);
            var provider = temporary ? null : placement?.PlacementProvider ?? (place == "P1" ? ParentsProvider : null);
            if (provider is null && place is not null && place != "Z1" && !temporary)
                gaps.Add(child.Id, file, "PLACE_PROVIDER", "The placement does not record its provider code (PR0 to PR5).");
            var homePost = shortBreaks || entry.Uasc ? null : entry.HomePostcode;
            var placePost = shortBreaks ? null : placement?.Postcode;
            var urn = shortBreaks || place is null || WithoutUrn.Contains(place) ? null : placement?.Urn;
            if (!shortBreaks)
            {
                if (!entry.Uasc && homePost is null) gaps.Add(child.Id, file, "HOME_POST", "Entering care did not record the child's home postcode.");
                if (placement is not null && placePost is null) gaps.Add(child.Id, file, "PL_POST", "The placement does not record its postcode.");
                if (place is not null && !WithoutUrn.Contains(place) && urn is null)
                    gaps.Add(child.Id, file, "URN", "The placement does not record its Ofsted URN (or XXXXXXX where it has none).");
            }
            tables.Add(file, child.Id, Ssda903Files.Date(episode.Start), episode.ReasonForNewEpisode, episode.LegalStatus, entry.CategoryOfNeed, place, provider,
                Ssda903Files.Date(episode.End), episode.ReasonEnded, episode.ReasonPlacementChanged, homePost, placePost, urn);
        }
    }

    /// <summary>1 for yes, 0 for no, blank when not asked or not known (the SSDA903's flags).</summary>
    public static CsvCell Flag(bool? value) => value switch { true => "1", false => "0", null => "" };

    /// <summary>reviews.csv: each looked-after review held during the year, with the child's participation (PN0 to PN7).</summary>
    public static void Reviews(Ssda903Child child, Ssda903Tables tables)
    {
        foreach (var review in child.InYear<LookedAfterReviewHeld>().OrderBy(r => r.OccurredAt))
            tables.Add(Ssda903Files.Reviews, child.Id, child.Dob, Ssda903Files.Date(UkTime.DateOf(review.OccurredAt)), review.Participation);
    }

    /// <summary>
    /// uasc.csv: a child looked after during the year who entered care as an unaccompanied asylum-seeking child (the
    /// validators read a child's presence here as UASC status 1), with the date that status ceased (DUC) when it ceased
    /// by the year's end; blank, the child is still an unaccompanied asylum-seeking child on 31 March.
    /// </summary>
    public static void Uasc(Ssda903Child child, Ssda903Tables tables)
    {
        if (!child.EverUasc) return;
        var ceased = child.Facts.OfType<UascStatusCeased>().Select(c => UkTime.DateOf(c.OccurredAt)).Where(d => d <= child.Year.End)
            .Select(d => (DateOnly?)d).LastOrDefault();
        tables.Add(Ssda903Files.Uasc, child.Id, child.Details?.Gender, child.Dob, Ssda903Files.Date(ceased));
    }

    /// <summary>
    /// previous_permanence.csv: a child who started to be looked after during the year ("Information on previous
    /// permanence option should be returned", rule 630), with the option (Z1 for none), the authority that granted it
    /// (LA_PERM) and its date (DATE_PERM), as entering care recorded them: the year's first start of a period of care.
    /// </summary>
    public static void PreviousPermanence(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        if (child.Episodes.FirstOrDefault(e => e.ReasonForNewEpisode == ReasonForNewEpisode.StartedToBeLookedAfter && child.Year.Contains(e.Start))
            is not { Entry: var entry }) return;
        if (entry.PreviousPermanence is null)
            gaps.Add(child.Id, Ssda903Files.PreviousPermanence, "PREV_PERM",
                "Entering care did not record the child's previous permanence option (Z1 for none).");
        tables.Add(Ssda903Files.PreviousPermanence, child.Id, child.Dob, entry.PreviousPermanence, entry.PreviousPermanenceAuthority,
            Ssda903Files.Date(entry.PreviousPermanenceDate));
    }
}
