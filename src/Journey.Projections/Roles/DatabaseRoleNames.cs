namespace Journey.Projections.Roles;

/// <summary>
/// The roles the schema owner grants privileges to: the service's (DML on what it writes, never a change to the
/// access log or the hash chain, no DDL) and the analysts' (the pseudonymised views of <see cref="AnalyticsViews"/>).
/// `db-setup --logins` makes both as logins (DatabaseLogins, decision 103); docs/operations.md ("Database roles") gives the SQL for a real server.
/// </summary>
public sealed record DatabaseRoleNames(string Service, string Analyst)
{
    public static readonly DatabaseRoleNames Default = new("journey_app", "journey_analyst");
}
