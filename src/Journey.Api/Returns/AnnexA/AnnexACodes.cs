namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// Journey's official codes (CIN census, SSDA903, OC3) as Ofsted's Annex A template writes its categories: the codes
/// of liia-tools' data-map.yml (Social Finance, the Annex A template of 2024), where each category is written
/// "letter) code: words" or "code - words". A code the template has no category for is written the template's way
/// with the DfE's words (5D, K3, RC9, F4 and P4: the template predates them; K3 without a letter, since "p1)" would be
/// read by the checks as P1, placed with parents), and docs/returns.md says what its check makes
/// of them.
/// </summary>
public static class AnnexACodes
{
    public const string Yes = "a) Yes";
    public const string No = "b) No";
    public const string Unknown = "c) Unknown";

    public static string YesNo(bool value) => value ? Yes : No;

    /// <summary>CIN census Sex (M, F, U); no recorded sex is the template's "not stated/recorded".</summary>
    public static string Gender(string? sex) => sex switch
    {
        "M" => "a) Male",
        "F" => "b) Female",
        _ => "c) Not stated/recorded",
    };

    private static readonly Dictionary<string, string> Ethnicities = new(StringComparer.Ordinal)
    {
        ["WBRI"] = "a) WBRI",
        ["WIRI"] = "b) WIRI",
        ["WIRT"] = "c) WIRT",
        ["WOTH"] = "d) WOTH",
        ["WROM"] = "e) WROM",
        ["MWBC"] = "f) MWBC",
        ["MWBA"] = "g) MWBA",
        ["MWAS"] = "h) MWAS",
        ["MOTH"] = "i) MOTH",
        ["AIND"] = "j) AIND",
        ["APKN"] = "k) APKN",
        ["ABAN"] = "l) ABAN",
        ["AOTH"] = "m) AOTH",
        ["BCRB"] = "n) BCRB",
        ["BAFR"] = "o) BAFR",
        ["BOTH"] = "p) BOTH",
        ["CHNE"] = "q) CHNE",
        ["OOTH"] = "r) OOTH",
        ["REFU"] = "s) REFU",
        ["NOBT"] = "s) NOBT",
    };

    /// <summary>The DfE ethnicity code; none recorded is "information not yet obtained".</summary>
    public static string Ethnicity(string? code) => code is not null && Ethnicities.TryGetValue(code, out var written) ? written : Ethnicities["NOBT"];

    private static readonly Dictionary<string, string> Sources = new(StringComparer.Ordinal)
    {
        ["1A"] = "a) 1A: Individual",
        ["1B"] = "b) 1B: Individual",
        ["1C"] = "c) 1C: Individual",
        ["1D"] = "d) 1D: Individual",
        ["2A"] = "e) 2A: Schools",
        ["2B"] = "f) 2B: Education services",
        ["3A"] = "g) 3A: Health services",
        ["3B"] = "h) 3B: Health services",
        ["3C"] = "i) 3C: Health services",
        ["3D"] = "j) 3D: Health services",
        ["3E"] = "k) 3E: Health services",
        ["3F"] = "l) 3F: Health services",
        ["4"] = "m) 4: Housing",
        ["5A"] = "n) 5A: LA services",
        ["5B"] = "o) 5B: LA services",
        ["5C"] = "p) 5C: LA services",
        ["5D"] = "p1) 5D: LA services",
        ["6"] = "q) 6: Police",
        ["7"] = "r) 7: Other legal agency",
        ["8"] = "s) 8: Other",
        ["9"] = "t) 9: Anonymous",
        ["10"] = "u) 10: Unknown",
    };

    /// <summary>A contact's or referral's CIN census ReferralSource.</summary>
    public static string Source(string code) => Sources.TryGetValue(code, out var written) ? written : code;

    private static readonly Dictionary<string, string> Needs = new(StringComparer.Ordinal)
    {
        ["N0"] = "N0 - Not stated",
        ["N1"] = "N1 - Abuse or neglect",
        ["N2"] = "N2 - Child's disability",
        ["N3"] = "N3 - Parental disability or illness",
        ["N4"] = "N4 - Family in acute stress",
        ["N5"] = "N5 - Family dysfunction",
        ["N6"] = "N6 - Socially unacceptable behaviour",
        ["N7"] = "N7 - Low income",
        ["N8"] = "N8 - Absent parenting",
        ["N9"] = "N9 - Cases other than children in need",
    };

    public static string PrimaryNeed(string code) => Needs.TryGetValue(code, out var written) ? written : code;

    public const string NeedNotStated = "N0 - Not stated";

    private static readonly Dictionary<string, string> Closures = new(StringComparer.Ordinal)
    {
        ["RC1"] = "RC1 - Adopted",
        ["RC2"] = "RC2 - Died",
        ["RC3"] = "RC3 - Child arrangements order",
        ["RC4"] = "RC4 - Special guardianship order",
        ["RC5"] = "RC5 - Transferred to services of another local authority",
        ["RC6"] = "RC6 - Transferred to adult social care services",
        ["RC7"] = "RC7 - Services ceased for any other reason, including child no longer in need",
        ["RC8"] = "RC8 - Case closed after assessment, no further action",
        ["RC9"] = "RC9 - Case closed after assessment, referred to early help",
    };

    public static string ClosureReason(string code) => Closures.TryGetValue(code, out var written) ? written : code;

    private static readonly Dictionary<string, string> Abuse = new(StringComparer.Ordinal)
    {
        ["NEG"] = "a) Neglect",
        ["PHY"] = "b) Physical abuse",
        ["SAB"] = "c) Sexual abuse",
        ["EMO"] = "d) Emotional abuse",
        ["MUL"] = "e) Multiple/not recommended",
    };

    public static string AbuseCategory(string code) => Abuse.TryGetValue(code, out var written) ? written : code;

    private static readonly Dictionary<string, string> LegalStatuses = new(StringComparer.Ordinal)
    {
        ["C1"] = "C1: ICO",
        ["C2"] = "C2: FCO",
        ["D1"] = "D1: Freeing order",
        ["E1"] = "E1: Placement order",
        ["J1"] = "J1: Remanded to LA or youth detention",
        ["J2"] = "J2: LA accommodation under PACE",
        ["J3"] = "J3: Youth rehabilitation order",
        ["L1"] = "L1: Police protection LA accommodation",
        ["L2"] = "L2: EPO",
        ["L3"] = "L3: Child assessment order LA accommodation",
        ["V2"] = "V2: Single period under S20",
        ["V3"] = "V3: Short term breaks, episodes recorded",
        ["V4"] = "V4: Short term breaks, agreements recorded",
    };

    public static string LegalStatus(string code) => LegalStatuses.TryGetValue(code, out var written) ? written : code;

    private static readonly Dictionary<string, string> Ceased = new(StringComparer.Ordinal)
    {
        ["E11"] = "a) E11: Adopted - application unopposed",
        ["E12"] = "b) E12: Adopted - consent dispensed",
        ["E2"] = "c) E2: Died",
        ["E3"] = "d) E3: Care taken by another LA",
        ["E4A"] = "e) E4A: Returned home to live with parents or relatives - part of planning",
        ["E4B"] = "f) E4B: Returned home to live with parents or relatives - not part of planning",
        ["E13"] = "g) E13: Parents, relatives or other with no parental responsibility",
        ["E41"] = "h) E41: Residence order granted",
        ["E45"] = "i) E45: Special Guardianship Orders - former carer relative/friend",
        ["E46"] = "j) E46: Special Guardianship Orders - former carer other",
        ["E47"] = "k) E47: Special Guardianship Orders - relative/friend",
        ["E48"] = "l) E48: Special Guardianship Orders - other",
        ["E5"] = "m) E5: Moved into independent living - supported",
        ["E6"] = "n) E6: Moved into independent living - no support",
        ["E7"] = "o) E7: Transferred to residential care funded by adult social services",
        ["E9"] = "p) E9: Sentenced to custody",
        ["E14"] = "q) E14: Accommodation on remand ended",
        ["E15"] = "r) E15: Age assessment determined child was 18 or over",
        ["E16"] = "s) E16: Child moved abroad",
        ["E8"] = "t) E8: Care ceased for any other reason",
        ["E17"] = "v) E17: Aged 18+ and remained with current carers",
    };

    public static string ReasonCeased(string code) => Ceased.TryGetValue(code, out var written) ? written : code;

    private static readonly Dictionary<string, string> Placements = new(StringComparer.Ordinal)
    {
        ["U1"] = "a) U1: Foster placement - relatives - long term",
        ["U2"] = "b) U2: Foster placement - relative - FFA",
        ["U3"] = "c) U3: Foster placement - relative - not FFA",
        ["U4"] = "d) U4: Foster placement - long term",
        ["U5"] = "e) U5: Foster placement - FFA",
        ["U6"] = "f) U6: Foster placement - not FFA",
        ["A3"] = "g) A3: Placed for adoption - consent - current foster",
        ["A4"] = "h) A4: Placed for adoption - consent - not foster",
        ["A5"] = "i) A5: Placed for adoption - order - foster",
        ["A6"] = "j) A6: Placed for adoption - order - not foster",
        ["P1"] = "k) P1: Placed with parents",
        ["P2"] = "l) P2: Independent living",
        ["P3"] = "m) P3: Residential employment",
        ["H5"] = "n) H5: Residential accommodation",
        ["K1"] = "o) K1: Secure Children's Homes",
        ["K2"] = "p) K2: Children's Homes",
        ["K3"] = "K3: Supported accommodation",
        ["R1"] = "q) R1: Residential Care Home",
        ["R2"] = "r) R2: NHS/Health Trust",
        ["R3"] = "s) R3: Family Centre or Mother and Baby Unit",
        ["R5"] = "t) R5: Young Offender Institution",
        ["S1"] = "u) S1: Residential school",
        ["Z1"] = "v) Z1: Other placements",
        ["T0"] = "w) T0: Temporary placement",
    };

    public static string PlacementType(string code) => Placements.TryGetValue(code, out var written) ? written : code;

    /// <summary>Why a child should no longer be placed for adoption (SSDA903 REASON_PLACED_CEASED), as the template writes it.</summary>
    private static readonly Dictionary<string, string> NoLongerPlaced = new(StringComparer.Ordinal)
    {
        ["RD1"] = "RD1 - The child’s needs changed subsequent to the decision",
        ["RD2"] = "RD2 - The Court did not make a placement order",
        ["RD3"] = "RD3 - Prospective adopters could not be found",
        ["RD4"] = "RD4 - Any other reason",
    };

    public static string ReasonNoLongerPlaced(string code) => NoLongerPlaced.TryGetValue(code, out var written) ? written : code;

    /// <summary>The placement provider (SSDA903 PLACE_PROVIDER) as the template writes it.</summary>
    private static readonly Dictionary<string, string> Providers = new(StringComparer.Ordinal)
    {
        ["PR0"] = "a) PR0: Parents/Parental responsibility",
        ["PR1"] = "b) PR1: Own provision",
        ["PR2"] = "c) PR2: Other LA provision",
        ["PR3"] = "d) PR3: Other public provision",
        ["PR4"] = "e) PR4: Private provision",
        ["PR5"] = "f) PR5: Voluntary/third sector",
    };

    public static string PlacementProvider(string code) => Providers.TryGetValue(code, out var written) ? written : code;

    /// <summary>SSDA903 MISSING: A, away from placement without authorisation (Annex A's "absent"); M is missing.</summary>
    public const string Away = "A";

    /// <summary>Foster placements with carers who are also approved adopters: fostering for adoption (SSDA903 U2, U5).</summary>
    public static bool IsFosteringForAdoption(string placementType) => placementType is "U2" or "U5";

    public static string PlacementLocation(bool outOfArea) => outOfArea ? "b) Out" : "a) In";

    private static readonly Dictionary<string, string> InTouchCodes = new(StringComparer.Ordinal)
    {
        ["YES"] = "a) Yes",
        ["NO"] = "b) No",
        ["DIED"] = "c) Died",
        ["REFU"] = "d) Refu",
        ["NREQ"] = "e) NREQ",
        ["RHOM"] = "f) Rhom",
    };

    public static string InTouch(string code) => InTouchCodes.TryGetValue(code, out var written) ? written : code;

    private static readonly Dictionary<string, string> Accommodations = new(StringComparer.Ordinal)
    {
        ["B"] = "B: Parents/relatives",
        ["C"] = "C: Community home/residential care",
        ["D"] = "D: Semi-independent, transitional accommodation and self-contained accommodation",
        ["E"] = "E: Supported lodgings",
        ["G"] = "G: Abroad",
        ["H"] = "H: Deported",
        ["K"] = "K: Ordinary lodgings, without formal support",
        ["R"] = "R: Residence not known",
        ["S"] = "S: No fixed abode/homeless",
        ["T"] = "T: Foyers and similar supported accommodation",
        ["U"] = "U: Independent living",
        ["V"] = "V: Emergency accommodation",
        ["W"] = "W: Bed and breakfast",
        ["X"] = "X: In custody",
        ["Y"] = "Y: Other accommodation",
        ["Z"] = "Z: With former foster carers",
    };

    public static string Accommodation(string code) => Accommodations.TryGetValue(code, out var written) ? written : code;

    public static string Suitability(bool suitable) => suitable ? "a) Suitable" : "b) Unsuitable";

    private static readonly Dictionary<string, string> Activities = new(StringComparer.Ordinal)
    {
        ["F1"] = "F1: Full time in higher education",
        ["P1"] = "P1: Part time in higher education",
        ["F2"] = "F2: Full time in education other than higher",
        ["P2"] = "P2: Part time in education other than higher",
        ["F4"] = "F4: Full time in training or employment",
        ["P4"] = "P4: Part time in training or employment",
        ["G4"] = "G4: Not in education, employment or training - illness or disability",
        ["G5"] = "G5: Not in education, employment or training - other",
        ["G6"] = "G6: Not in education, employment or training - pregnancy or parenting",
    };

    public static string Activity(string code) => Activities.TryGetValue(code, out var written) ? written : code;
}
