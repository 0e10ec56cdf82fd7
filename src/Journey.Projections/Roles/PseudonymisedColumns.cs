namespace Journey.Projections.Roles;

/// <summary>
/// How a column reaches an analyst (decision 51 for the API, 58 for SQL; both read these lists): a child's id becomes its pseudonym
/// ("P-" and 20 hex digits of HMAC-SHA256 of "child:" + id under Journey:Pseudonyms:Key), a family's "F-…",
/// people's names and what reveals a date of birth are left out, and a date of birth becomes an age. Names are
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

    public static string Key(string column) => column.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
