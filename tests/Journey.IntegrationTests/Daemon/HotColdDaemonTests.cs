using System.Text.Json.Nodes;
using JasperFx.Events.Daemon;
using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections;
using Journey.Projections.Recording;
using Marten;
using Npgsql;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// Two service processes over one database (decision 101): Marten's async daemon in HotCold mode elects one
/// node per async shard through the shard's advisory lock (JasperFx.Events' SingleTenantProjectionDistributor,
/// lock id ProjectionLockIds.Compute over the event schema, the shard and DaemonLockId). Exactly one node holds
/// it and runs RecordedSteps, whichever node a step is recorded through; the other is ready and says it does
/// not lead (decision 102); when the holder dies its session ends, the lock with it, and the other node takes
/// the lock and goes on projecting.
/// </summary>
public sealed class HotColdDaemonTests
{
    [Fact]
    public async Task One_node_holds_the_leader_lock_and_projects_steps_recorded_through_either_and_the_other_takes_over_when_it_dies()
    {
        await using var database = await TestDatabase.Create();
        var lockIds = ShardLockIds(database);
        await using var a = await ServiceNode.Start("journey-node-a", database);
        await using var b = await ServiceNode.Start("journey-node-b", database);

        // The first node up took the lock; the second is ready while it waits, and each says which it is.
        (await LockHolders(database, lockIds)).ShouldBe(["journey-node-a"], a.Output);
        var leaderReport = await Daemon(a);
        leaderReport["holdsLeadership"]!.GetValue<bool>().ShouldBeTrue();
        leaderReport["mode"]!.GetValue<string>().ShouldBe(nameof(DaemonMode.HotCold));
        leaderReport["shards"]!.AsArray().Select(s => s!["lockId"]!.GetValue<int>()).ShouldBe(lockIds);
        var waiting = await Daemon(b);
        waiting["holdsLeadership"]!.GetValue<bool>().ShouldBeFalse();
        waiting["shards"]![0]!["heldElsewhere"]!.GetValue<bool>().ShouldBeTrue();

        // A step recorded through the waiting node is projected by the leader.
        var first = JourneyApi.NewChildId();
        await RecordContact(b, first);
        await Eventually(async () => await RecordedSteps(database, first) == 1, "the leader to project the step recorded through the other node", a);

        // A rebuild asked of the waiting node would race the leader's daemon: refused there.
        var rebuild = await b.ClientFor("ops.admin", "administrator").PostAsync("/api/admin/rebuild", null, TestContext.Current.CancellationToken);
        ((int)rebuild.StatusCode).ShouldBe(409, await rebuild.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        // The leader dies without releasing anything: its session ends, and the other node takes the lock.
        await a.Kill();
        await Eventually(async () => (await LockHolders(database, lockIds)).SequenceEqual(["journey-node-b"]), "the other node to take the lock", b);
        var second = JourneyApi.NewChildId();
        await RecordContact(b, second);
        await Eventually(async () => await RecordedSteps(database, second) == 1, "the new leader to project", b);
        (await Daemon(b))["holdsLeadership"]!.GetValue<bool>().ShouldBeTrue();
        (await RecordedSteps(database, first)).ShouldBe(1);
    }

    /// <summary>The advisory lock ids of the service's async shards, as Marten computes them from the store's own options.</summary>
    private static int[] ShardLockIds(TestDatabase database)
    {
        using var store = DocumentStore.For(o => JourneyStore.Configure(o, database.ConnectionString, TimelinessClocks.Default));
        var ids = DaemonLocks.ShardLockIds(store.Options);
        ids.Length.ShouldBe(1, "one async shard, RecordedSteps");
        return ids;
    }

    private static Task<List<string>> LockHolders(TestDatabase database, int[] lockIds) => DaemonLocks.Holders(database.ConnectionString, lockIds);

    private static async Task<long> RecordedSteps(TestDatabase database, string child)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {RecordedStepsProjection.StepsTable.QualifiedName} WHERE child_id = @child", connection);
        command.Parameters.AddWithValue("child", child);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private static async Task<JsonObject> Daemon(ServiceNode node)
    {
        var response = await node.ClientFor("ops.admin", "administrator").GetAsync("/api/projections", TestContext.Current.CancellationToken);
        var body = await response.ReadJson();
        ((int)response.StatusCode).ShouldBe(200, body.ToJsonString());
        return body["daemon"]!.AsObject();
    }

    private static Task RecordContact(ServiceNode node, string child) =>
        node.ClientFor("sw.sam.taylor").RecordOk(child, "contacts", new { receivedAt = "2026-05-04T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });

    /// <summary>Polls until the condition holds; fails with the node's last output when the patience runs out.</summary>
    private static async Task Eventually(Func<Task<bool>> condition, string what, ServiceNode node)
    {
        var deadline = DateTime.UtcNow + ServiceNode.Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {ServiceNode.Patience} for {what}:\n{node.Output}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
