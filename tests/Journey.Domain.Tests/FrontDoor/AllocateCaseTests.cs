using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.FrontDoor;

public sealed class AllocateCaseTests
{
    private static readonly DateTimeOffset AllocatedAt = Day1.AddDays(1);

    private static ChildJourney Referred() => JourneyBuilder.Child().Referred().Journey; // referral 1 at Day1 11:00

    [Fact]
    public void Allocates_to_a_team_and_worker()
    {
        Given(Referred()).When(new AllocateCase(AllocatedAt, "Assessment Team A", "J. Smith"))
            .ShouldAppend(new CaseAllocated(AllocatedAt, "Assessment Team A", "J. Smith"));
    }

    [Fact]
    public void Reallocating_replaces_the_allocation()
    {
        var journey = JourneyBuilder.Child().Referred()
            .Allocated(AllocatedAt, "Team A", "J. Smith")
            .Allocated(AllocatedAt.AddDays(3), "Team B", "K. Jones")
            .Journey;

        journey.Allocation.ShouldBe(new AllocationState("Team B", "K. Jones", AllocatedAt.AddDays(3)));
    }

    [Fact]
    public void Needs_an_accepted_referral()
    {
        var journey = JourneyBuilder.Child().ContactDecidedForAssessment().Journey;

        Given(journey).When(new AllocateCase(AllocatedAt, "Team A", "J. Smith"))
            .ShouldBeRefusedWith(("allocatedAt", "allocation-needs-referral"));
    }

    [Fact]
    public void Cannot_be_allocated_before_the_latest_referral_was_accepted()
    {
        var referredAt = Day1.AddHours(2);

        Given(Referred()).When(new AllocateCase(referredAt, "Team A", "J. Smith")).ShouldBeAccepted();
        Given(Referred()).When(new AllocateCase(referredAt - Tick, "Team A", "J. Smith"))
            .ShouldBeRefusedWith(("allocatedAt", "allocation-after-referral"));
    }

    [Fact]
    public void Allocated_just_inside_the_clock_skew_allowance() =>
        Given(Referred()).When(new AllocateCase(JustInsideSkew, "Team A", "J. Smith")).ShouldBeAccepted();

    [Fact]
    public void Allocated_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(Referred()).When(new AllocateCase(JustOutsideSkew, "Team A", "J. Smith"))
            .ShouldBeRefusedWith(("allocatedAt", "not-in-future"));

    [Fact]
    public void Team_and_worker_are_required() =>
        Given(Referred()).When(new AllocateCase(AllocatedAt, "", null)).ShouldBeRefusedWith(
            ("team", "required"),
            ("worker", "required"));

    [Fact]
    public void Team_and_worker_are_at_most_200_characters()
    {
        Given(Referred()).When(new AllocateCase(AllocatedAt, new string('t', 200), new string('w', 200))).ShouldBeAccepted();
        Given(Referred()).When(new AllocateCase(AllocatedAt, new string('t', 201), new string('w', 201))).ShouldBeRefusedWith(
            ("team", "max-length"),
            ("worker", "max-length"));
    }

    [Fact]
    public void Several_problems_are_all_reported() =>
        Given(ChildJourney.New("C1")).When(new AllocateCase(null, null, null)).ShouldBeRefusedWith(
            ("allocatedAt", "required"),
            ("team", "required"),
            ("worker", "required"),
            ("allocatedAt", "allocation-needs-referral"));
}
