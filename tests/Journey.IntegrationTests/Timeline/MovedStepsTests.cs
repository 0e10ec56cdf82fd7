using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.Domain.Protection;
using Journey.IntegrationTests.Infrastructure;
using static Journey.IntegrationTests.Integrity.ChainFixtures;

namespace Journey.IntegrationTests.Timeline;

/// <summary>
/// The midway review moved to Protection and the leaving care needs assessment to Leaving care (decision 125), so their
/// .NET namespaces changed. A stream stored before the move holds what the service wrote then: the type's alias, made
/// from its name alone (midway_review_held), and the old assembly-qualified name in mt_dotnet_type (rows of the demo
/// set loaded by the build before the move). Marten reads an event by its alias, and a correction names the event it
/// carries by its name, so such a stream reads as before.
/// </summary>
public sealed class MovedStepsTests(JourneyHost host)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    [Fact]
    public async Task A_stream_stored_before_the_move_still_loads_its_midway_review_and_needs_assessment()
    {
        // Given a stream whose moved steps are stored as the build before the move stored them
        var child = JourneyApi.NewChildId();
        var review = new MidwayReviewHeld(1, At("2025-03-20T10:00:00Z"));
        var corrected = new EventCorrected(2, review, review with { OccurredAt = At("2025-03-21T10:00:00Z") }, "Held the next day", At("2025-03-22T09:00:00Z"));
        var assessed = new LeavingCareNeedsAssessed(At("2025-04-10T10:00:00Z"));
        await using (var session = host.Store.LightweightSession())
        {
            session.Events.Append(child, new ContactReceived(1, At("2025-03-01T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false), review,
                corrected, new EnteredCare(1, At("2025-04-01T12:00:00Z"), "C2", false, false), assessed);
            await session.SaveChangesAsync(Cancel);
        }
        await Execute(host.ConnectionString, """
            UPDATE journey.mt_events SET mt_dotnet_type = replace(replace(mt_dotnet_type,
                'Journey.Domain.Protection.MidwayReviewHeld', 'Journey.Domain.Safeguarding.MidwayReviewHeld'),
                'Journey.Domain.LeavingCare.LeavingCareNeedsAssessed', 'Journey.Domain.Safeguarding.LeavingCareNeedsAssessed')
             WHERE stream_id = @c
            """, ("c", child));
        (await Rows(host.ConnectionString, "SELECT version, type, mt_dotnet_type FROM journey.mt_events WHERE stream_id = @c AND version IN (2, 5) ORDER BY version",
            ("c", child))).ShouldBe([
            "2|midway_review_held|Journey.Domain.Safeguarding.MidwayReviewHeld, Journey.Domain",
            "5|leaving_care_needs_assessed|Journey.Domain.Safeguarding.LeavingCareNeedsAssessed, Journey.Domain",
        ]);
        (await Rows(host.ConnectionString, "SELECT data->'Replacement'->>'$type' FROM journey.mt_events WHERE stream_id = @c AND version = 3", ("c", child)))
            .ShouldBe(["MidwayReviewHeld"]);

        // When it is read back, by a new session and through the API
        await using var reader = host.Store.LightweightSession();
        var events = await reader.Events.FetchStreamAsync(child, token: Cancel);
        var journey = (await reader.Events.FetchForWriting<ChildJourney>(child, Cancel)).Aggregate;
        var timeline = await host.ClientFor("auditor.ann", "auditor").Timeline(child);

        // Then every event is the moved type, with its data, and the journey and timeline are whole
        events.Select(e => e.Data).ShouldBe([events[0].Data, review, corrected, events[3].Data, assessed]);
        journey.ShouldNotBeNull().Version.ShouldBe(5);
        journey.EverInCare.ShouldBeTrue();
        timeline.Select(e => e!["type"]!.GetValue<string>())
            .ShouldBe(["ContactReceived", "MidwayReviewHeld", "EventCorrected", "EnteredCare", "LeavingCareNeedsAssessed"]);
    }
}
