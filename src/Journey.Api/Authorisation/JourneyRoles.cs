namespace Journey.Api.Authorisation;

/// <summary>
/// The roles a token carries in its "role" claim (one or more), and the "team" claim (one or more)
/// naming the teams whose children a practitioner or team manager works with: the team names case
/// allocations record (CaseAllocated.Team). Decision 51 in docs/decisions.md says what each may do.
/// </summary>
public static class JourneyRoles
{
    public const string RoleClaim = "role";
    public const string TeamClaim = "team";

    public const string Practitioner = "practitioner";
    public const string TeamManager = "team-manager";
    /// <summary>Child protection conference chairs and independent reviewing officers.</summary>
    public const string ReviewingOfficer = "reviewing-officer";
    public const string PersonalAdviser = "personal-adviser";
    public const string Analyst = "analyst";
    public const string Auditor = "auditor";
    public const string Administrator = "administrator";
    /// <summary>Migration officers: may import history recorded by others (POST /api/import).</summary>
    public const string Importer = "importer";
    /// <summary>
    /// The officer who sends the statutory returns (CIN census, SSDA903, Annex A): the files hold children's real
    /// identities for the whole authority, so they are a role's own, not the analysts' (decision 82).
    /// </summary>
    public const string ReturnsOfficer = "returns-officer";

    public static readonly IReadOnlyList<string> All =
        [Practitioner, TeamManager, ReviewingOfficer, PersonalAdviser, Analyst, Auditor, Administrator, Importer, ReturnsOfficer];
}
