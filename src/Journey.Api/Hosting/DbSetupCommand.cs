using JasperFx.CommandLine;
using Journey.Projections.Roles;
using Marten;
using Npgsql;

namespace Journey.Api.Hosting;

public sealed class DbSetupInput : NetCoreInput
{
    [Description("First make the service's and the analysts' login roles where missing (the owner needs CREATEROLE): passwords from " +
                 "JOURNEY_DB_APP and JOURNEY_DB_ANALYST, else, in Development only, the role's name (the private cluster's)")]
    public bool LoginsFlag { get; set; }
}

/// <summary>
/// dotnet Journey.Api.dll db-setup [--logins]: everything the schema owner does, run with the owner's connection
/// (JOURNEY_DB_OWNER, else JOURNEY_DB): with --logins the service's and the analysts' login roles where missing
/// (decision 103: ops/run.sh asks for them on the private cluster), then Marten's and Wolverine's schema (as db-apply),
/// the reference data, the grants to the service and analyst roles, the pseudonym key and the analysts' views. Run it
/// at each deployment when the service itself connects as the application role (docs/operations.md, "Database roles").
/// </summary>
[Description("Applies the schema as its owner, seeds the reference data, grants the service and analyst roles and builds the analysts' pseudonymised views", Name = "db-setup")]
public sealed class DbSetupCommand : JasperFxAsyncCommand<DbSetupInput>
{
    public override async Task<bool> Execute(DbSetupInput input)
    {
        using var host = input.BuildHost();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        if (input.LoginsFlag && !await MakeLogins(host)) return false;
        var report = await OwnerSchema.Apply(host.Services, CancellationToken.None);
        var applied = watch.Elapsed.TotalSeconds;
        var store = host.Services.GetRequiredService<IDocumentStore>();
        foreach (var seed in store.Advanced.InitialDataCollection) await seed.Populate(store, CancellationToken.None);
        Console.WriteLine($"Schema, grants and views applied in {applied:0.0} s, reference data seeded in {watch.Elapsed.TotalSeconds - applied:0.0} s. " +
                          $"Service role granted: {Yes(report.ServiceRoleGranted)}; analyst role granted: {Yes(report.AnalystRoleGranted)}; " +
                          $"pseudonym key written: {Yes(report.KeyWritten)}; analytics views and functions: {report.AnalyticsObjects}.");
        return true;
    }

    private static async Task<bool> MakeLogins(IHost host)
    {
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var roles = JourneyDatabase.Roles(configuration);
        (string Role, string Variable)[] wanted = [(roles.Service, "JOURNEY_DB_APP"), (roles.Analyst, "JOURNEY_DB_ANALYST")];
        // A password equal to the role's name is the private cluster's convenience, refused anywhere else.
        var unset = wanted.Where(w => configuration[w.Variable] is not { Length: > 0 }).Select(w => w.Variable).ToArray();
        if (unset.Length > 0 && !host.Services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            await Console.Error.WriteLineAsync($"--logins outside Development needs each login's password: set {string.Join(" and ", unset)} (connection strings as that role).");
            return false;
        }
        var logins = wanted.Select(w => new DatabaseLogin(w.Role, DatabaseLogins.Login(w.Role, configuration[w.Variable]).Password));
        await using var owner = new NpgsqlConnection(JourneyDatabase.OwnerConnectionString(configuration));
        await owner.OpenAsync();
        var made = await DatabaseLogins.Ensure(owner, logins, CancellationToken.None);
        Console.WriteLine(made.Count == 0 ? "Login roles: both existed." : $"Login roles made: {string.Join(", ", made)}.");
        return true;
    }

    private static string Yes(bool value) => value ? "yes" : "no (see docs/operations.md, Database roles)";
}
