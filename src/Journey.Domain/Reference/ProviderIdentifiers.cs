using System.Text.RegularExpressions;
using Journey.Domain.Journeys;

namespace Journey.Domain.Reference;

/// <summary>
/// Identifiers the SSDA903 return carries for who provides a child's care: the placement's Ofsted unique
/// reference number (URN) and the social worker's Social Work England registration number (SW_ID).
/// </summary>
public static partial class ProviderIdentifiers
{
    public const string UrnRule = "ofsted-urn";
    public const string SocialWorkerRule = "social-work-england-registration";

    /// <summary>
    /// An Ofsted URN: "SC" and 6 digits for a social care setting registered before 2016, or 6 or 7 digits
    /// (schools, and social care settings registered since), as Ofsted's provider lists give them and
    /// SSDA903 rules 1008 and 218 to 224 look them up. "XXXXXXX", the return's "no URN", is not recorded:
    /// a placement without one leaves the field out.
    /// </summary>
    [GeneratedRegex(@"\A(SC[0-9]{6}|[0-9]{6,7})\z")]
    private static partial Regex Urn();

    /// <summary>Social Work England's registration number: "SW" and up to 10 digits (SSDA903 rule SW02 checks the prefix).</summary>
    [GeneratedRegex(@"\ASW[0-9]{1,10}\z")]
    private static partial Regex SocialWorker();

    public static RuleViolation? CheckUrn(string? urn, string field) =>
        urn is null || Urn().IsMatch(urn)
            ? null
            : new RuleViolation(field, UrnRule, $"{field} must be an Ofsted unique reference number: SC and 6 digits, or 6 or 7 digits.");

    public static RuleViolation? CheckSocialWorker(string? registration, string field) =>
        registration is null || SocialWorker().IsMatch(registration)
            ? null
            : new RuleViolation(field, SocialWorkerRule,
                $"{field} must be the social worker's Social Work England registration number: SW and up to 10 digits, as SW123456.");
}
