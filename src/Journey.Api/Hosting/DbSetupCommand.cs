using JasperFx.CommandLine;
using Marten;

namespace Journey.Api.Hosting;

/// <summary>
/// dotnet Journey.Api.dll db-setup: everything the schema owner does, run with the owner's connection
/// (JOURNEY_DB_OWNER, else JOURNEY_DB): Marten's and Wolverine's schema (as db-apply), the reference data, the
/// grants to the service and analyst roles, the pseudonym key and the analysts' views. Run it at each deployment
/// when the service itself connects as the application role (docs/operations.md, "Database roles").
/// </summary>
[Description("Applies the schema as its owner, seeds the reference data, grants the service and analyst roles and builds the analysts' pseudonymised views", Name = "db-setup")]
public sealed class DbSetupCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = await OwnerSchema.Apply(host.Services, CancellationToken.None);
        var applied = watch.Elapsed.TotalSeconds;
        var store = host.Services.GetRequiredService<IDocumentStore>();
        foreach (var seed in store.Advanced.InitialDataCollection) await seed.Populate(store, CancellationToken.None);
        Console.WriteLine($"Schema, grants and views applied in {applied:0.0} s, reference data seeded in {watch.Elapsed.TotalSeconds - applied:0.0} s. " +
                          $"Service role granted: {Yes(report.ServiceRoleGranted)}; analyst role granted: {Yes(report.AnalystRoleGranted)}; " +
                          $"pseudonym key written: {Yes(report.KeyWritten)}; analytics views and functions: {report.AnalyticsObjects}.");
        return true;
    }

    private static string Yes(bool value) => value ? "yes" : "no (see docs/operations.md, Database roles)";
}
