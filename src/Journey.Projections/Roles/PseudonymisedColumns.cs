using Journey.Domain.LeavingCare;

namespace Journey.Projections.Roles;

/// <summary>
/// How a column reaches an analyst (decision 51 for the API, 58 for SQL; both read these lists): a child's id becomes its pseudonym
/// ("P-" and 20 hex digits of HMAC-SHA256 of "child:" + id under Journey:Pseudonyms:Key), a family's "F-…",
/// people's names and what reveals a date of birth are left out, a birthday clock's dates are emptied
/// (<see cref="BirthdayMeasures"/>), and a date of birth becomes an age. Names are
/// compared lower case without '_' (<see cref="Key"/>), JSON and CSV fields by the API's PseudonymisingMiddleware alike.
/// </summary>
public static class PseudonymisedColumns
{
    public static readonly IReadOnlySet<string> Child = new HashSet<string> { "childid", "streamid" };
    public static readonly IReadOnlySet<string> Family = new HashSet<string> { "familyid" };
    public static readonly IReadOnlySet<string> ChildList = new HashSet<string> { "childids" };

    /// <summary>People's names and what reveals a date of birth (the last three recorder columns only SQL has).</summary>
    public static readonly IReadOnlySet<string> Withheld = new HashSet<string>
    {
        "worker", "recordedby", "username", "adviser", "leadprofessional", "decidedby", "authorisedby", "supervisor", "carer",
        "challengedby", "finalisedby", "generatedby", "importedby", "dateofbirth", "expecteddateofbirth", "birthday", "windowfrom", "windowto",
        "recorder", "sealedby", "headers",
    };

    /// <summary>
    /// The clocks that run from a birthday (decision 37): a personal adviser by 18 is due on the 18th birthday, and both
    /// start on the 16th birthday unless the child came into care after it, so their start, due date and elapsed time
    /// give the date of birth back (decision 63).
    /// </summary>
    public static readonly IReadOnlySet<string> BirthdayMeasures = new HashSet<string>(StringComparer.Ordinal)
    {
        LeavingCareClocks.PersonalAdviserAllocated, LeavingCareClocks.LeavingCareNeedsAssessment,
    };

    /// <summary>A measure row's columns left empty (null) when its measure is one of <see cref="BirthdayMeasures"/>; its status, actual date and rule stay.</summary>
    public static readonly IReadOnlySet<string> BirthdayDated = new HashSet<string> { "startat", "startdate", "duedate", "dueat", "elapsed" };

    /// <summary>SQL for <paramref name="value"/> of a row whose measure is <paramref name="measure"/>, null for a birthday clock.</summary>
    public static string WithoutBirthday(string measure, string value) =>
        $"CASE WHEN {measure} IN ({string.Join(", ", BirthdayMeasures.Order(StringComparer.Ordinal).Select(m => $"'{m}'"))}) THEN NULL ELSE {value} END";

    public static string Key(string column) => column.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
