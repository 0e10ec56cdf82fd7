using Journey.Domain.EarlyHelp;
using Journey.Domain.FrontDoor;
using Journey.Domain.Missing;
using Journey.Domain.Reference;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Returns;

/// <summary>
/// The SSDA903's social worker episodes (the worker's Social Work England number and the reason for a change),
/// missing against away from placement, and the organisation completing an early help assessment (Annex A
/// list 2): each at the edge of its rule (decision 79).
/// </summary>
public sealed class WorkerMissingAndEarlyHelpItemsTests
{
    private static readonly DateTimeOffset ReferredAt = Day1.AddHours(2);
    private static readonly DateTimeOffset AllocatedAt = Day1.AddDays(1);

    private static JourneyBuilder Referred() => JourneyBuilder.Child().Contact(Day1).Decided(Day1.AddHours(1), FrontDoorOutcome.ReferralForAssessment).Referral(ReferredAt);

    [Fact]
    public void An_allocation_records_the_worker_s_registration_and_why_the_worker_changed()
    {
        Given(Referred().Journey).When(new AllocateCase(AllocatedAt, "Team A", "Jo Evans", null, "SW123456", "OTHERS"))
            .ShouldAppend(new CaseAllocated(AllocatedAt, "Team A", "Jo Evans", "SW123456", "OTHERS"));
        var journey = Referred().Apply(new AllocateCase(AllocatedAt, "Team A", "Jo Evans", null, "SW123456", "OTHERS"))
            .Apply(new AllocateCase(AllocatedAt.AddDays(5), "Team A", "Sam Lee", null, "SW7", "LEFTRL")).Journey;
        journey.Allocations.Select(a => (a.Worker, a.WorkerRegistration, a.WorkerChangeReason)).ShouldBe(
            [("Jo Evans", "SW123456", "OTHERS"), ("Sam Lee", "SW7", "LEFTRL")]);
    }

    [Theory]
    [InlineData("XX123456")] // the return's placeholder for an unknown number is not recorded
    [InlineData("sw123456")]
    [InlineData("SW")]
    [InlineData("SW12345678901")] // 11 digits
    public void A_registration_is_SW_and_up_to_ten_digits(string registration) =>
        Given(Referred().Journey).When(new AllocateCase(AllocatedAt, "Team A", "Jo Evans", null, registration))
            .ShouldBeRefusedWith(("workerRegistration", ProviderIdentifiers.SocialWorkerRule));

    [Fact]
    public void The_reason_for_a_change_of_worker_is_an_SSDA903_code() =>
        Given(Referred().Journey).When(new AllocateCase(AllocatedAt, "Team A", "Jo Evans", null, null, "LAZINESS"))
            .ShouldBeRefusedWith(("workerChangeReason", CodeLists.SocialWorkerChangeReason));

    [Fact]
    public void Away_from_placement_is_for_a_child_looked_after_then_and_missing_for_any_child()
    {
        var inCare = JourneyBuilder.Child().InCarePlaced().Journey;
        Given(inCare).When(new RecordMissing(EnteredAt, null, "A")).ShouldAppend(new MissingEpisodeStarted(1, EnteredAt, "A"));
        Given(inCare).When(new RecordMissing(EnteredAt.AddTicks(-1), null, "A")).ShouldBeRefusedWith(("missingOrAway", "away-from-a-placement"));
        Given(inCare).When(new RecordMissing(EnteredAt.AddTicks(-1), null, "M")).ShouldBeAccepted();
        var leaver = JourneyBuilder.Child().CareLeaver().Journey;
        Given(leaver).When(new RecordMissing(LeftAt.AddTicks(-1), null, "A")).ShouldBeAccepted();
        Given(leaver).When(new RecordMissing(LeftAt, null, "A")).ShouldBeRefusedWith(("missingOrAway", "away-from-a-placement"));
        Given(leaver).When(new RecordMissing(LeftAt, null, "X")).ShouldBeRefusedWith(("missingOrAway", CodeLists.MissingOrAway));
        JourneyBuilder.Child().InCarePlaced().Apply(new RecordMissing(EnteredAt.AddDays(3), null, "A")).Journey
            .MissingEpisodes.Single().MissingOrAway.ShouldBe("A");
    }

    [Fact]
    public void Early_help_records_the_organisation_completing_its_assessment()
    {
        var started = Day1.AddDays(2);
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new StartEarlyHelp(started, "Kai Patel", null, "Oakfield Primary School"))
            .ShouldAppend(new EarlyHelpStarted(1, started, "Kai Patel", "Oakfield Primary School"));
        var journey = JourneyBuilder.Child().Contact(Day1).Apply(new StartEarlyHelp(started, "Kai Patel", null, "Oakfield Primary School"))
            .EarlyHelpPlanned(started.AddDays(5)).Journey;
        journey.EarlyHelp.Single().Organisation.ShouldBe("Oakfield Primary School");
        journey.EarlyHelp.Single().PlanAgreedAt.ShouldBe(started.AddDays(5));
    }
}
