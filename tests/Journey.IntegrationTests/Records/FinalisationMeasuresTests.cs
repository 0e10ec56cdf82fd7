using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Records;

/// <summary>
/// Finalising a write-up changes no measure and no chain: a visit counts from when it was made, not
/// when its record was signed off (docs/analytics.md, "What a finalisation changes").
/// </summary>
public sealed class FinalisationMeasuresTests(JourneyHost host)
{
    [Fact]
    public async Task A_visit_finalised_late_leaves_every_measure_and_chain_as_it_was()
    {
        var worker = host.ClientFor("sw.sam.taylor");
        var auditor = host.ClientFor("auditor.ann", "auditor");
        var child = JourneyApi.NewChildId();
        await worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await worker.RecordOk(child, "care", new { enteredAt = "2026-03-03T10:00:00Z", legalStatus = "V2", planned = false });
        await worker.RecordOk(child, "care/placements", new { startedAt = "2026-03-03T10:00:00Z", placementType = "U1", outOfArea = false });
        await worker.RecordOk(child, "care/visits", new { visitedAt = "2026-03-05T10:00:00Z", childSeen = true, childSeenAlone = true });
        async Task<string> Answers() => string.Join("\n",
            (await auditor.GetArray($"/api/measures?childId={child}&asAt=2026-06-30")).ToJsonString(),
            (await auditor.GetArray($"/api/looked-after/visits?childId={child}&asAt=2026-06-30")).ToJsonString(),
            (await auditor.GetArray($"/api/supervisions?childId={child}&asAt=2026-06-30")).ToJsonString(),
            (await auditor.GetArray($"/api/open-clocks")).Where(r => r!["childId"]!.GetValue<string>() == child).Select(r => r!.ToJsonString()).Aggregate("", string.Concat));
        var before = await Answers();
        (await auditor.GetArray($"/api/looked-after/visits?childId={child}&asAt=2026-06-30")).Count.ShouldBeGreaterThan(0);

        // Signed off four months later: the visit was still made on 5 March, within its week.
        await host.ClientFor("tm.priya.shah").RecordOk(child, "finalisations", new { version = 4, finalisedAt = "2026-06-29T16:00:00+01:00", finalisedBy = "Priya Shah" });

        (await Answers()).ShouldBe(before);
        (await worker.Timeline(child)).Single(e => e!["type"]!.GetValue<string>() == "LookedAfterVisitMade")!["finalisedAt"].ShouldNotBeNull();
    }
}
