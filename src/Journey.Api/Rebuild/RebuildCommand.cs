using JasperFx.CommandLine;
using Journey.Projections.Rebuild;

namespace Journey.Api.Rebuild;

public sealed class RebuildInput : NetCoreInput
{
    [Description("Minutes the replay may take before it is abandoned (default 120)")]
    [FlagAlias("shard-timeout")]
    public int ShardTimeoutFlag { get; set; } = (int)ProjectionRebuild.DefaultShardTimeout.TotalMinutes;
}

/// <summary>
/// dotnet run --project src/Journey.Api -- rebuild: empties every projection's tables and replays
/// every projection from the events, printing progress. The host is built but not started (as
/// Marten's own projections command does), so no daemon, demo loader or web server runs beside it;
/// the schema and the reference data are brought up to date first, as start-up does.
/// </summary>
[Description("Rebuilds every projection from the events: empties the projections' own tables, then replays them all in one pass")]
public sealed class RebuildCommand : JasperFxAsyncCommand<RebuildInput>
{
    public override async Task<bool> Execute(RebuildInput input)
    {
        using var host = input.BuildHost();
        var store = await Hosting.CommandLineStore.Prepare(host);

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            Console.Error.WriteLine("Stopping: the projections are left part filled; run rebuild again.");
            cancel.Cancel();
            e.Cancel = true;
        };
        try
        {
            Console.WriteLine("Rebuilding every projection from the events. Recording waits until the rebuild ends.");
            var report = await new ProjectionRebuild(store, host.Services.GetRequiredService<ReplayStoreFactory>()).Run(p => Console.WriteLine(RebuildText.Progress(p)), cancel.Token,
                TimeSpan.FromMinutes(input.ShardTimeoutFlag));
            Console.WriteLine(RebuildText.Summary(report));
            return true;
        }
        catch (RebuildRefusedException e)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }
    }
}
