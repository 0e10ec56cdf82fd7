using System.Net;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Api;

/// <summary>Concurrent writers on one child lose nothing and duplicate nothing.</summary>
public sealed class ConcurrencyTests(JourneyHost host)
{
    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_and_stores_nothing()
    {
        var client = host.ClientFor("mash.worker.amy");
        var child = JourneyApi.NewChildId();
        await client.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await client.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T10:00:00Z", source = "6", concerns = "c", consent = "Given", expectedVersion = 1 });

        var stale = await client.Record(child, "front-door-decisions",
            new { decidedAt = "2026-03-02T12:00:00Z", outcome = "EarlyHelp", rationale = "r", decidedBy = "m", expectedVersion = 1 });

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await stale.ReadJson();
        problem["violations"]![0]!["field"]!.GetValue<string>().ShouldBe("expectedVersion");
        (await client.Timeline(child)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Parallel_first_contacts_for_a_new_child_create_one_journey_and_the_rest_are_told_to_retry()
    {
        var child = JourneyApi.NewChildId();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => host.ClientFor($"writer.{i}").Record(child, "contacts",
            new { receivedAt = $"2026-03-02T09:{i:00}:00Z", source = "2A", concerns = $"writer {i}", consent = "Given" })));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        var landed = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        landed.ShouldBeGreaterThan(0);
        (await host.ClientFor("auditor", "auditor").Timeline(child)).Count.ShouldBe(landed);
    }

    [Fact]
    public async Task Parallel_writers_on_one_child_each_either_land_once_or_are_told_to_retry()
    {
        var child = JourneyApi.NewChildId();
        var first = host.ClientFor("mash.worker.amy");
        await first.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });

        var writers = Enumerable.Range(0, 12).Select(async i =>
        {
            var client = host.ClientFor($"writer.{i}");
            return await client.Record(child, "contacts",
                new { receivedAt = $"2026-03-02T10:{i:00}:00Z", source = "6", concerns = $"writer {i}", consent = "Given" });
        });
        var responses = await Task.WhenAll(writers);

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        var landed = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        landed.ShouldBeGreaterThan(0);
        var timeline = await first.Timeline(child);
        timeline.Count.ShouldBe(1 + landed);
        var numbers = timeline.Select(e => e!["data"]!["contactNumber"]!.GetValue<int>()).Order().ToArray();
        numbers.ShouldBe(Enumerable.Range(1, 1 + landed).ToArray());
        var recorders = timeline.Skip(1).Select(e => e!["recordedBy"]!.GetValue<string>()).ToArray();
        recorders.Distinct().Count().ShouldBe(landed);
        (await first.GetArray($"/api/measures?childId={child}&measure=front-door-decision")).Count.ShouldBe(1 + landed);
    }
}
