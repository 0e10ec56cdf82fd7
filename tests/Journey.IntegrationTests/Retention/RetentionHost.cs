using Journey.IntegrationTests.Infrastructure;
using Journey.IntegrationTests.Integrity;

namespace Journey.IntegrationTests.Retention;

/// <summary>
/// The service over a database of its own, as deployed (the application role, the schema applied as its
/// owner), with no demo data and one child under a legal hold: disposal deletes from every table and
/// whole-store verification counts every child, so these tests keep away from the shared host's.
/// </summary>
public sealed class RetentionHost : IntegrityHost
{
    /// <summary>The child named by Journey:Retention:HeldChildren.</summary>
    public const string HeldChild = "RET-HELD-1";

    protected override IEnumerable<(string Key, string Value)> Settings(TestDatabase database) =>
    [
        ("JOURNEY_DB", database.ServiceConnectionString),
        ("JOURNEY_DB_OWNER", database.ConnectionString),
        ("Journey:Retention:HeldChildren:0", HeldChild),
    ];
}
