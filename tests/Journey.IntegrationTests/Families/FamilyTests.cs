using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Families;

/// <summary>Children link to a family or sibling group; the group and its measures are queryable.</summary>
public sealed class FamilyTests(JourneyHost host)
{
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");

    private async Task<string> Child(string family)
    {
        var child = JourneyApi.NewChildId();
        await _worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await _worker.RecordOk(child, "family", new { linkedAt = "2026-03-02T10:00:00Z", familyId = family, relationship = "sibling" });
        return child;
    }

    [Fact]
    public async Task Siblings_are_listed_in_their_family_and_their_measures_filter_by_family()
    {
        var family = $"FAM-{Guid.NewGuid().ToString("N")[..8]}";
        var first = await Child(family);
        var second = await Child(family);
        await Child($"FAM-{Guid.NewGuid().ToString("N")[..8]}");

        var members = (await (await _worker.GetAsync($"/api/families/{family}", TestContext.Current.CancellationToken)).ReadJson())["members"]!.AsArray();
        members.Select(m => m!["childId"]!.GetValue<string>()).ShouldBe([first, second], ignoreOrder: true);

        var rows = await _worker.GetArray($"/api/measures?familyId={family}&measure=front-door-decision");
        rows.Select(r => r!["childId"]!.GetValue<string>()).ShouldBe([first, second], ignoreOrder: true);
    }

    [Fact]
    public async Task A_child_leaves_a_family_and_a_withdrawn_link_disappears()
    {
        var family = $"FAM-{Guid.NewGuid().ToString("N")[..8]}";
        var moving = await Child(family);
        var mistaken = await Child(family);

        await _worker.RecordOk(moving, "family/unlinked", new { unlinkedAt = "2026-04-01T10:00:00Z", reason = "Moved to father's household" });
        await _worker.RecordOk(mistaken, "withdrawals", new { version = 2, reason = "Linked to the wrong family" });

        var members = (await (await _worker.GetAsync($"/api/families/{family}", TestContext.Current.CancellationToken)).ReadJson())["members"]!.AsArray();
        members.Single()!["childId"]!.GetValue<string>().ShouldBe(moving);
        members.Single()!["unlinkedAt"]!.GetValue<DateTimeOffset>().ShouldBe(DateTimeOffset.Parse("2026-04-01T10:00:00Z"));
        var again = await _worker.Record(moving, "family", new { linkedAt = "2026-04-02T10:00:00Z", familyId = family });
        ((int)again.StatusCode).ShouldBe(200);

        // Rejoining keeps the earlier membership beside the new one; withdrawing the rejoin leaves the first.
        var history = (await (await _worker.GetAsync($"/api/families/{family}", TestContext.Current.CancellationToken)).ReadJson())["members"]!.AsArray();
        history.Count.ShouldBe(2);
        await _worker.RecordOk(moving, "withdrawals", new { version = 4, reason = "Rejoined in error" });
        var after = (await (await _worker.GetAsync($"/api/families/{family}", TestContext.Current.CancellationToken)).ReadJson())["members"]!.AsArray();
        after.Single()!["unlinkedAt"]!.GetValue<DateTimeOffset>().ShouldBe(DateTimeOffset.Parse("2026-04-01T10:00:00Z"));
    }

    [Fact]
    public async Task A_second_family_while_linked_is_refused()
    {
        var child = await Child($"FAM-{Guid.NewGuid().ToString("N")[..8]}");
        var response = await _worker.Record(child, "family", new { linkedAt = "2026-03-03T10:00:00Z", familyId = "FAM-OTHER" });
        ((int)response.StatusCode).ShouldBe(400);
        (await response.ReadJson())["violations"]![0]!["rule"]!.GetValue<string>().ShouldBe("one-family-at-a-time");
    }
}
