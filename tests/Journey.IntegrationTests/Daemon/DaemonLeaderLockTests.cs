using JasperFx;
using JasperFx.Events.Daemon;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Recording;
using Marten;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// The service runs Marten's async daemon in HotCold mode (Program.cs, decision 101): its projection distributor
/// (JasperFx.Events' SingleTenantProjectionDistributor) runs an async shard only on the node holding the shard's
/// advisory lock. On a node alone over its database that is this node: it holds exactly the shard's lock (not
/// the bare DaemonLockId, which HotCold on one database never takes), runs the shard, and GET /api/projections
/// says it holds the daemon's leadership (decision 102). Two nodes sharing one database are HotColdDaemonTests.
/// </summary>
[Collection(DaemonHost.Collection)]
public sealed class DaemonLeaderLockTests(DaemonHost host)
{
    [Fact]
    public async Task The_hot_cold_daemon_holds_its_shards_lock_and_says_it_leads()
    {
        var options = ((DocumentStore)host.Store).Options;
        options.Projections.AsyncMode.ShouldBe(DaemonMode.HotCold);

        var child = JourneyApi.NewChildId();
        await host.ClientFor("sw.sam.taylor").RecordOk(child, "contacts",
            new { receivedAt = "2026-05-04T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });
        await host.CaughtUp();
        (await host.RecordedSteps(child)).Count.ShouldBe(1);

        // The daemon is running its shard on this node...
        var daemon = host.Coordinator.DaemonForMainDatabase();
        daemon.StatusFor(RecordedStepsProjection.ShardName).ShouldBe(AgentStatus.Running);

        // ...holding the shard's lock, and no other of the daemon's.
        var shardLocks = DaemonLocks.ShardLockIds(options);
        (await DaemonLocks.Holders(host.ConnectionString, shardLocks)).Count.ShouldBe(1);
        (await DaemonLocks.Holders(host.ConnectionString, options.Projections.DaemonLockId)).ShouldBeEmpty();

        var response = await host.ClientFor("ops.admin", "administrator").GetAsync("/api/projections", TestContext.Current.CancellationToken);
        var leadership = (await response.ReadJson())["daemon"]!;
        leadership["holdsLeadership"]!.GetValue<bool>().ShouldBeTrue();
        var shard = leadership["shards"]!.AsArray().Single()!;
        shard["shard"]!.GetValue<string>().ShouldBe(RecordedStepsProjection.ShardName);
        shard["lockId"]!.GetValue<int>().ShouldBe(shardLocks.Single());
        shard["heldHere"]!.GetValue<bool>().ShouldBeTrue();
        shard["runningHere"]!.GetValue<bool>().ShouldBeTrue();
        shard["heldElsewhere"]!.GetValue<bool>().ShouldBeFalse();
    }
}
