namespace Journey.Domain.Ssda903;

/// <summary>
/// The SSDA903's reason for new episode (RNE) codes, as the DfE's code set describes them (the children looked after
/// return's technical specification, code set "Reason for new episode"; the validators' rule 143 accepts exactly these).
/// A new episode starts "at each change of legal status or placement, or both": the codes say which changed and, for a
/// placement, whether the carer changed with it.
/// </summary>
public static class ReasonForNewEpisode
{
    /// <summary>S: "Started to be looked after".</summary>
    public const string StartedToBeLookedAfter = "S";

    /// <summary>L: "Change of legal status only".</summary>
    public const string LegalStatusOnly = "L";

    /// <summary>P: "Change of placement and carer(s) only".</summary>
    public const string PlacementAndCarerOnly = "P";

    /// <summary>T: "Change of placement (but same carer(s)) only".</summary>
    public const string PlacementSameCarerOnly = "T";

    /// <summary>B: "Change of legal status and placement and carer(s) at the same time".</summary>
    public const string LegalStatusPlacementAndCarer = "B";

    /// <summary>U: "Change of legal status and change of placement (but same carer(s)) at the same time".</summary>
    public const string LegalStatusAndPlacementSameCarer = "U";

    public static string For(bool legalStatusChanged, bool placementChanged, bool carerChanged) => (legalStatusChanged, placementChanged, carerChanged) switch
    {
        (true, true, true) => LegalStatusPlacementAndCarer,
        (true, true, false) => LegalStatusAndPlacementSameCarer,
        (true, false, _) => LegalStatusOnly,
        (false, true, true) => PlacementAndCarerOnly,
        (false, true, false) => PlacementSameCarerOnly,
        _ => throw new ArgumentException("A new episode needs a change of legal status or placement."),
    };
}

/// <summary>What the SSDA903 asks of placements and legal statuses beyond their codes.</summary>
public static class Ssda903Codes
{
    /// <summary>
    /// REC X1: "Episode ceases, and new episode begins on same day, for any reason" (the DfE's code set "Reason episode
    /// ceased"): the reason an episode ends when the period of care goes on in a new one.
    /// </summary>
    public const string NewEpisodeSameDay = "X1";

    /// <summary>
    /// Temporary placements (T0 to T4). "Reason for placement change is not required for temporary placements" (validation
    /// rule 226): neither the move into one nor the move out of one carries a reason.
    /// </summary>
    public static bool IsTemporary(string? placementType) => placementType is "T0" or "T1" or "T2" or "T3" or "T4";

    /// <summary>
    /// Legal statuses of an agreed series of short-term breaks (V3, V4): such a child is not looked after continuously
    /// (the validators' CONTINUOUSLY_LOOKED_AFTER), and no postcode, review or mother item is returned for them (rules 214, 399).
    /// </summary>
    public static bool IsShortBreaks(string legalStatus) => legalStatus is "V3" or "V4";

    /// <summary>Placed for adoption (A3 to A6): with current foster carers (A3, A5) or not (A4, A6), as AD1's FOSTER_CARE reads it (rule 335).</summary>
    public static bool IsPlacedForAdoption(string? placementType) => placementType is "A3" or "A4" or "A5" or "A6";

    /// <summary>Placed for adoption with the child's current foster carers (A3, A5): AD1 FOSTER_CARE 1; A4 and A6 are 0 (rule 335).</summary>
    public static bool IsWithCurrentFosterCarers(string placementType) => placementType is "A3" or "A5";

    /// <summary>A placement order (E1) or the freeing order it replaced (D1): the decision to place for adoption precedes it (rule 553).</summary>
    public static bool IsPlacementOrder(string legalStatus) => legalStatus is "E1" or "D1";

    /// <summary>Reasons episode ceased that are an adoption (E11, E12): the child is in AD1 (rules 601, 602).</summary>
    public static bool IsAdopted(string? reasonEnded) => reasonEnded is "E11" or "E12";
}
