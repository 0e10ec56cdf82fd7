using System.Text.Json.Nodes;
using Journey.Domain.Children;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Timescales;
using Journey.IntegrationTests.Import;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections;
using Marten;

namespace Journey.IntegrationTests.Returns;

/// <summary>
/// What the statutory returns need (decision 79), end to end against PostgreSQL: refused with the field and
/// the rule named and nothing stored, imported as lines, corrected like any step, and streams stored before
/// the fields existed still folding and taking new steps.
/// </summary>
public sealed class ReturnFieldsTests(JourneyHost host)
{
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");

    [Fact]
    public async Task A_UPN_with_a_wrong_check_letter_is_refused_naming_the_field_and_rule_and_nothing_is_stored()
    {
        var child = await Contacted();
        var before = (await _worker.Timeline(child)).ToJsonString();
        // The CIN census validator's own sample UPN is T201202500001; R is the letter before T.
        var response = await _worker.Record(child, "details", new { recordedAt = "2026-03-02T10:00:00Z", dateOfBirth = "2015-01-01", gender = "F", ethnicity = "WBRI", upn = "R201202500001" });

        ((int)response.StatusCode).ShouldBe(400);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var violation = (await response.ReadJson())["violations"]!.AsArray().Single()!;
        (violation["field"]!.GetValue<string>(), violation["rule"]!.GetValue<string>()).ShouldBe(("upn", "upn-check-letter"));
        (await _worker.Timeline(child)).ToJsonString().ShouldBe(before);
        await _worker.RecordOk(child, "details", new { recordedAt = "2026-03-02T10:00:00Z", dateOfBirth = "2015-01-01", gender = "F", ethnicity = "WBRI", upn = "T201202500001" });
    }

    [Fact]
    public async Task A_placement_postcode_that_is_not_a_UK_postcode_is_refused_and_nothing_is_stored()
    {
        var child = await Contacted();
        await _worker.RecordOk(child, "care", new { enteredAt = "2026-03-02T12:00:00Z", legalStatus = "V2", planned = true, categoryOfNeed = "N1", homePostcode = "B70 9LT" });
        var before = (await _worker.Timeline(child)).ToJsonString();
        var response = await _worker.Record(child, "care/placements",
            new { startedAt = "2026-03-02T13:00:00Z", placementType = "U6", placementProvider = "PR1", postcode = "B70 9L", urn = "SC052716" });

        ((int)response.StatusCode).ShouldBe(400);
        var violation = (await response.ReadJson())["violations"]!.AsArray().Single()!;
        (violation["field"]!.GetValue<string>(), violation["rule"]!.GetValue<string>()).ShouldBe(("postcode", "uk-postcode"));
        (await _worker.Timeline(child)).ToJsonString().ShouldBe(before);
    }

    [Fact]
    public async Task The_returns_fields_are_imported_as_lines_and_corrected_like_any_step()
    {
        var child = JourneyApi.NewChildId();
        string Line(string type, string at, string data) =>
            $$"""{"childId":"{{child}}","type":"{{type}}","occurredAt":"{{at}}","recordedAt":"{{at}}","recordedBy":"migration.officer","data":{{data}}}""";
        var report = await host.Import(
        [
            Line("ContactReceived", "2025-06-02T09:00:00Z", """{"source":"6","concerns":"Found alone at a bus station","consent":"NotRequired"}"""),
            Line("ChildDetailsRecorded", "2025-06-02T10:00:00Z", """{"dateOfBirth":"2009-02-14","gender":"M","ethnicity":"BAFR","upnUnknown":"UN2","disabilities":["NONE"]}"""),
            Line("EnteredCare", "2025-06-02T12:00:00Z", """{"legalStatus":"V2","planned":false,"uasc":true,"categoryOfNeed":"N8","homePostcode":"B69 4EJ","previousPermanence":"Z1"}"""),
            Line("PlacementStarted", "2025-06-02T13:00:00Z", """{"placementType":"K3","outOfArea":false,"placementProvider":"PR4","postcode":"B66 1AA","urn":"2734519"}"""),
            Line("UascStatusCeased", "2026-02-14T09:00:00Z", "{}"),
        ]);
        report["stored"]!.GetValue<int>().ShouldBe(5, report.ToJsonString());

        var timeline = await _worker.Timeline(child);
        Data(timeline, "ChildDetailsRecorded")["upnUnknown"]!.GetValue<string>().ShouldBe("UN2");
        Data(timeline, "EnteredCare")["homePostcode"]!.GetValue<string>().ShouldBe("B69 4EJ");
        Data(timeline, "PlacementStarted")["urn"]!.GetValue<string>().ShouldBe("2734519");

        var placement = timeline.Single(e => e!["type"]!.GetValue<string>() == "PlacementStarted")!;
        var replacement = new
        {
            placementNumber = 1,
            careEpisodeNumber = 1,
            occurredAt = "2025-06-02T13:00:00Z",
            placementType = "K3",
            provider = (string?)null,
            outOfArea = false,
            reasonForChange = (string?)null,
            placementProvider = "PR4",
            postcode = "B66 1AB",
            urn = "2734519",
        };
        await _worker.RecordOk(child, "corrections", new { version = placement["version"]!.GetValue<long>(), reason = "Postcode mistyped", replacement });
        var corrected = (await _worker.Timeline(child)).Single(e => e!["type"]!.GetValue<string>() == "PlacementStarted")!;
        corrected["current"]!["postcode"]!.GetValue<string>().ShouldBe("B66 1AB");
    }

    [Fact]
    public async Task A_stream_stored_before_the_returns_fields_still_folds_and_takes_new_steps()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.Create();
        await using var store = DocumentStore.For(options => JourneyStore.Configure(options, database.ConnectionString, TimelinessClocks.Default));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var at = new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream<ChildJourney>("OLD-1",
                new ContactReceived(1, at, "6", "Police notification", ConsentStatus.NotRequired, null, false),
                new ChildDetailsRecorded(at.AddHours(1), new DateOnly(2012, 3, 4), null, "F", "WBRI"),
                new CaseAllocated(at.AddHours(2), "Children in Care Team", "Mo Ahmed"),
                new EnteredCare(1, at.AddHours(3), "V2", true, false),
                new PlacementStarted(1, 1, at.AddHours(4), "U6", "In-house foster carers", false, null));
            await session.SaveChangesAsync(cancellation);
        }
        // The events as an earlier release stored them: none of the returns' fields in their JSON at all.
        await Sql.Execute(database.ConnectionString, """
            UPDATE journey.mt_events SET data = data - 'upn' - 'formerUpn' - 'upnUnknown' - 'disabilities' - 'dateOfDeath' - 'isMother'
              - 'firstChildDateOfBirth' - 'workerRegistration' - 'workerChangeReason' - 'categoryOfNeed' - 'homePostcode' - 'previousPermanence'
              - 'previousPermanenceAuthority' - 'previousPermanenceDate' - 'placementProvider' - 'postcode' - 'urn' - 'fosteringForAdoption'
            WHERE stream_id = 'OLD-1'
            """, cancellation);
        (await Sql.Scalar<long>(database.ConnectionString, "SELECT count(*) FROM journey.mt_events WHERE stream_id = 'OLD-1' AND (data ? 'upn' OR data ? 'postcode')", cancellation)).ShouldBe(0L);

        await using var query = store.QuerySession();
        var journey = (await query.Events.AggregateStreamAsync<ChildJourney>("OLD-1", token: cancellation))!;
        journey.Details!.Gender.ShouldBe("F");
        journey.Details.Upn.ShouldBeNull();
        journey.Allocations.Single().WorkerRegistration.ShouldBeNull();
        journey.CareEpisodes.Single().Entry!.HomePostcode.ShouldBeNull();
        journey.Placements.Single().Postcode.ShouldBeNull();
        new StartPlacement(at.AddDays(1), "U4", null, false, "CARPL", null, null, "PR1", "B70 9LT", "SC052716").Decide(journey, at.AddDays(2))
            .IsRefused.ShouldBeFalse();
        // Re-deciding a stored fact (what a correction does to every later step) reads the older shape too.
        StepCommands.FromFact(journey.Facts.Single(f => f.Event is PlacementStarted).Event)!.Decide(journey.AsItStoodBefore(5), at.AddDays(2))
            .IsRefused.ShouldBeFalse();
    }

    private async Task<string> Contacted()
    {
        var child = JourneyApi.NewChildId();
        await _worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "Bruising seen at school", consent = "Given" });
        return child;
    }

    private static JsonNode Data(JsonArray timeline, string type) => timeline.Single(e => e!["type"]!.GetValue<string>() == type)!["data"]!;
}
