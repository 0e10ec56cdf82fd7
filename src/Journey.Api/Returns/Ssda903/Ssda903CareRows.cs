using Journey.Api.Hosting;
using Journey.Domain.LookedAfter;
using Journey.Domain.Ssda903;
using Journey.Domain.Timescales;

namespace Journey.Api.Returns.Ssda903;

/// <summary>
/// A child's header row, and their rows of the files about their care: episodes, reviews, UASC and previous
/// permanence (decision 86). An item the journey does not record is left blank and listed as missing.
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
    /// record them; MOTHER is asked of girls looked after during the year other than on short-term breaks (rule 393),
    /// and not of care leavers who were not (rule 628).
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
        gaps.Add(child.Id, file, "UPN", "The journey does not record the child's unique pupil number (or an unknown-UPN code, UN1 to UN5).");
        if (child.Details?.Gender == "F" && child.LookedAfterOtherThanShortBreaks)
            gaps.Add(child.Id, file, "MOTHER", "The journey does not record whether she is a mother (1 or 0), nor her child's date of birth (MC_DOB).");
        tables.Add(file, child.Id, child.Details?.Gender, child.Dob, child.Details?.Ethnicity, "", "", "");
    }

    /// <summary>
    /// episodes.csv: the year's episodes (decision 85). PLACE_PROVIDER is PR0 for a placement with parents (P1) and blank
    /// for a temporary placement ("Placement provider information not required", rule 213); CIN, the other providers,
    /// HOME_POST, PL_POST and URN are not recorded yet. No postcode or URN is asked under short-term breaks (V3, V4,
    /// rule 214), no home postcode of an unaccompanied asylum-seeking child (rule 406), and no URN for the placement
    /// types of rule 218.
    /// </summary>
    public static void Episodes(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        var file = Ssda903Files.Episodes;
        foreach (var episode in child.Episodes)
        {
            var place = episode.PlacementType;
            var shortBreaks = Ssda903Codes.IsShortBreaks(episode.LegalStatus);
            gaps.Add(child.Id, file, "CIN", "The journey does not record the category of need (N1 to N8) of a period of care.");
            if (place is null)
                gaps.Add(child.Id, file, "PLACE", $"No placement is recorded from {episode.Start:dd/MM/yyyy}, the day the period of care began: PLACE is left blank.");
            var provider = place == "P1" ? ParentsProvider : "";
            if (place is not null && place != "P1" && place != "Z1" && !Ssda903Codes.IsTemporary(place))
                gaps.Add(child.Id, file, "PLACE_PROVIDER", "The journey does not record the placement provider code (PR1 to PR5) of a placement other than with parents.");
            if (!shortBreaks)
            {
                if (!episode.Entry.Uasc) gaps.Add(child.Id, file, "HOME_POST", "The journey does not record the child's home postcode.");
                gaps.Add(child.Id, file, "PL_POST", "The journey does not record the placement's postcode.");
                if (place is not null && !WithoutUrn.Contains(place))
                    gaps.Add(child.Id, file, "URN", "The journey does not record the placement's Ofsted URN (or XXXXXXX where it has none).");
            }
            tables.Add(file, child.Id, Ssda903Files.Date(episode.Start), episode.ReasonForNewEpisode, episode.LegalStatus, "", place, provider,
                Ssda903Files.Date(episode.End), episode.ReasonEnded, episode.ReasonPlacementChanged, "", "", "");
        }
    }

    /// <summary>reviews.csv: each looked-after review held during the year, with the child's participation (PN0 to PN7).</summary>
    public static void Reviews(Ssda903Child child, Ssda903Tables tables)
    {
        foreach (var review in child.InYear<LookedAfterReviewHeld>().OrderBy(r => r.OccurredAt))
            tables.Add(Ssda903Files.Reviews, child.Id, child.Dob, Ssda903Files.Date(UkTime.DateOf(review.OccurredAt)), review.Participation);
    }

    /// <summary>
    /// uasc.csv: a child looked after during the year who entered care as an unaccompanied asylum-seeking child (the
    /// validators read a child's presence here as UASC status 1), with the date that status ceased (DUC), not recorded yet.
    /// </summary>
    public static void Uasc(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        if (!child.EverUasc) return;
        gaps.Add(child.Id, Ssda903Files.Uasc, "DUC", "The journey does not record when the child's UASC status ceased; blank reads as still UASC.");
        tables.Add(Ssda903Files.Uasc, child.Id, child.Details?.Gender, child.Dob, "");
    }

    /// <summary>
    /// previous_permanence.csv: a child who started to be looked after during the year ("Information on previous
    /// permanence option should be returned", rule 630), with the option (Z1 for none), not recorded yet.
    /// </summary>
    public static void PreviousPermanence(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        if (!child.Episodes.Any(e => e.ReasonForNewEpisode == ReasonForNewEpisode.StartedToBeLookedAfter && child.Year.Contains(e.Start))) return;
        gaps.Add(child.Id, Ssda903Files.PreviousPermanence, "PREV_PERM",
            "The journey does not record the child's previous permanence option (Z1 for none) on starting to be looked after.");
        tables.Add(Ssda903Files.PreviousPermanence, child.Id, child.Dob, "", "", "");
    }
}
