using System.Text.RegularExpressions;
using Journey.Domain.Journeys;

namespace Journey.Domain.Reference;

/// <summary>
/// A UK postcode as the SSDA903 (HOME_POST, PL_POST) and Annex A carry it: written in capitals with one
/// space between the outward and inward codes ("B70 9LT"), the form Royal Mail and the ONS postcode
/// directory use and the returns' postcode checks (SSDA903 rule 392c) look up. The pattern is the UK
/// Government Data Standards Catalogue's postcode format (BS 7666), and GIR 0AA.
/// </summary>
public static partial class Postcode
{
    public const string Rule = "uk-postcode";

    [GeneratedRegex(@"\A(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) [0-9][ABD-HJLNP-UW-Z]{2})\z")]
    private static partial Regex Pattern();

    public static bool IsValid(string postcode) => Pattern().IsMatch(postcode);

    public static RuleViolation? Check(string? postcode, string field) =>
        postcode is null || IsValid(postcode)
            ? null
            : new RuleViolation(field, Rule,
                $"{field} must be a UK postcode in capitals with one space before its last three characters, as B70 9LT.");
}
