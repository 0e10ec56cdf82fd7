using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Records;

/// <summary>A visit done on time but written up later keeps all three times: happened, recorded, finalised.</summary>
public sealed class FinalisationTests(JourneyHost host)
{
    [Fact]
    public async Task A_finalised_visit_shows_when_it_happened_was_recorded_and_was_signed_off()
    {
        var worker = host.ClientFor("sw.sam.taylor");
        var child = JourneyApi.NewChildId();
        await worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await worker.RecordOk(child, "care", new { enteredAt = "2026-03-03T10:00:00Z", legalStatus = "V2", planned = false });
        await worker.RecordOk(child, "care/visits", new { visitedAt = "2026-03-05T10:00:00Z", childSeen = true, childSeenAlone = true });

        await host.ClientFor("tm.priya.shah").RecordOk(child, "finalisations", new { version = 3, finalisedAt = "2026-03-20T16:00:00Z", finalisedBy = "Priya Shah" });

        var timeline = await worker.Timeline(child);
        var visit = timeline.Single(e => e!["type"]!.GetValue<string>() == "LookedAfterVisitMade")!;
        visit["occurredAt"]!.GetValue<DateTimeOffset>().ShouldBe(DateTimeOffset.Parse("2026-03-05T10:00:00Z"));
        visit["finalisedAt"]!.GetValue<DateTimeOffset>().ShouldBe(DateTimeOffset.Parse("2026-03-20T16:00:00Z"));
        visit["recordedBy"]!.GetValue<string>().ShouldBe("sw.sam.taylor");
        var finalisation = timeline[timeline.IndexOf(visit) + 1]!;
        finalisation["type"]!.GetValue<string>().ShouldBe("RecordFinalised");
        finalisation["changes"]!.GetValue<long>().ShouldBe(3);
        finalisation["recordedBy"]!.GetValue<string>().ShouldBe("tm.priya.shah");
    }

    [Fact]
    public async Task A_withdrawn_finalisation_shows_beside_the_step_and_no_longer_counts()
    {
        var worker = host.ClientFor("sw.sam.taylor");
        var child = JourneyApi.NewChildId();
        await worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await worker.RecordOk(child, "care", new { enteredAt = "2026-03-03T10:00:00Z", legalStatus = "V2", planned = false });
        await worker.RecordOk(child, "care/visits", new { visitedAt = "2026-03-05T10:00:00Z", childSeen = true, childSeenAlone = true });
        await worker.RecordOk(child, "finalisations", new { version = 3, finalisedAt = "2026-03-06T10:00:00Z", finalisedBy = "tm" });

        await worker.RecordOk(child, "withdrawals", new { version = 4, reason = "Signed off the wrong visit" });

        var timeline = await worker.Timeline(child);
        timeline.Select(e => e!["type"]!.GetValue<string>()).ShouldBe(["ContactReceived", "EnteredCare", "LookedAfterVisitMade", "RecordFinalised", "EventWithdrawn"]);
        timeline[2]!["finalisedAt"].ShouldBeNull();
        timeline[4]!["changes"]!.GetValue<long>().ShouldBe(3);
    }

    [Fact]
    public async Task Only_written_records_are_finalised_and_only_once()
    {
        var worker = host.ClientFor("sw.sam.taylor");
        var child = JourneyApi.NewChildId();
        await worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await worker.RecordOk(child, "care", new { enteredAt = "2026-03-03T10:00:00Z", legalStatus = "V2", planned = false });
        await worker.RecordOk(child, "care/visits", new { visitedAt = "2026-03-05T10:00:00Z", childSeen = true, childSeenAlone = true });
        await worker.RecordOk(child, "finalisations", new { version = 3, finalisedAt = "2026-03-06T10:00:00Z", finalisedBy = "tm" });

        var contact = await worker.Record(child, "finalisations", new { version = 1, finalisedAt = "2026-03-06T10:00:00Z", finalisedBy = "tm" });
        var twice = await worker.Record(child, "finalisations", new { version = 3, finalisedAt = "2026-03-07T10:00:00Z", finalisedBy = "tm" });
        var early = await worker.Record(child, "finalisations", new { version = 3, finalisedAt = "2026-03-04T10:00:00Z", finalisedBy = "tm" });

        (await contact.ReadJson())["violations"]![0]!["rule"]!.GetValue<string>().ShouldBe("finalise-a-written-record");
        (await twice.ReadJson())["violations"]![0]!["rule"]!.GetValue<string>().ShouldBe("finalise-once");
        (await early.ReadJson())["violations"]!.AsArray().Select(v => v!["rule"]!.GetValue<string>()).ShouldContain("finalised-after-it-happened");
        (await worker.Timeline(child)).Count.ShouldBe(4);
    }
}
