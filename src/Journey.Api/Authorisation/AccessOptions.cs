namespace Journey.Api.Authorisation;

/// <summary>Who reads which child, as the authority sets it (<c>Journey:Access</c>; docs/operations.md, "Configuration").</summary>
public sealed class AccessOptions
{
    public const string Section = "Journey:Access";

    /// <summary>
    /// The teams of the front door (the MASH), as the token's "team" claims name them: only their
    /// practitioners and team managers read, and record for, a child no team holds yet (decision 60).
    /// appsettings.json sets <c>["MASH"]</c>; none configured means no team reads an unheld child.
    /// </summary>
    public string[] FrontDoorTeams { get; set; } = [];
}
