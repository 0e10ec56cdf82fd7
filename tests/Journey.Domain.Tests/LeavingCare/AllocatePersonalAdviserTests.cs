using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LeavingCare;

public sealed class AllocatePersonalAdviserTests
{
    private static readonly DateTimeOffset AllocatedAt = Day1.AddDays(20);

    [Fact]
    public void Allocates_an_adviser_to_a_looked_after_child() =>
        Given(JourneyBuilder.Child().InCarePlaced().Journey).When(new AllocatePersonalAdviser(AllocatedAt, "Alex Morgan"))
            .ShouldAppend(new PersonalAdviserAllocated(AllocatedAt, "Alex Morgan"));

    [Fact]
    public void Allocates_an_adviser_to_a_care_leaver()
    {
        var at = LeftAt.AddDays(5);

        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new AllocatePersonalAdviser(at, "Alex Morgan"))
            .ShouldAppend(new PersonalAdviserAllocated(at, "Alex Morgan"));
    }

    [Fact]
    public void The_latest_allocation_is_the_childs_adviser()
    {
        JourneyBuilder.Child().InCarePlaced().Journey.PersonalAdviser.ShouldBeNull();
        JourneyBuilder.Child().InCarePlaced().AdviserAllocated(AllocatedAt, "Alex Morgan").Journey.PersonalAdviser.ShouldBe("Alex Morgan");
        JourneyBuilder.Child().InCarePlaced().AdviserAllocated(AllocatedAt, "Alex Morgan").AdviserAllocated(AllocatedAt.AddDays(1), "Sam Lee")
            .Journey.PersonalAdviser.ShouldBe("Sam Lee");
    }

    [Fact]
    public void Needs_care_experience()
    {
        Given(ChildJourney.New("C1")).When(new AllocatePersonalAdviser(AllocatedAt, "Alex Morgan"))
            .ShouldBeRefusedWith(("allocatedAt", "needs-care-experience"));
        Given(JourneyBuilder.Child().Referred().Journey).When(new AllocatePersonalAdviser(AllocatedAt, "Alex Morgan"))
            .ShouldBeRefusedWith(("allocatedAt", "needs-care-experience"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void The_adviser_is_required(string? adviser) =>
        Given(JourneyBuilder.Child().InCare().Journey).When(new AllocatePersonalAdviser(AllocatedAt, adviser))
            .ShouldBeRefusedWith(("adviser", "required"));

    [Fact]
    public void The_adviser_is_at_most_200_characters()
    {
        var inCare = JourneyBuilder.Child().InCare().Journey;

        Given(inCare).When(new AllocatePersonalAdviser(AllocatedAt, new string('a', 200)))
            .ShouldAppend(new PersonalAdviserAllocated(AllocatedAt, new string('a', 200)));
        Given(inCare).When(new AllocatePersonalAdviser(AllocatedAt, new string('a', 201))).ShouldBeRefusedWith(("adviser", "max-length"));
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new AllocatePersonalAdviser(null, null)).ShouldBeRefusedWith(
            ("allocatedAt", "required"),
            ("adviser", "required"),
            ("allocatedAt", "needs-care-experience"));

    [Fact]
    public void Allocated_just_inside_the_clock_skew_allowance() =>
        Given(JourneyBuilder.Child().InCare().Journey).When(new AllocatePersonalAdviser(JustInsideSkew, "Alex Morgan"))
            .ShouldAppend(new PersonalAdviserAllocated(JustInsideSkew, "Alex Morgan"));

    [Fact]
    public void Allocated_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(JourneyBuilder.Child().InCare().Journey).When(new AllocatePersonalAdviser(JustOutsideSkew, "Alex Morgan"))
            .ShouldBeRefusedWith(("allocatedAt", "not-in-future"));

    [Fact]
    public void May_be_allocated_at_the_instant_the_child_entered_care() =>
        Given(JourneyBuilder.Child().InCare().Journey).When(new AllocatePersonalAdviser(EnteredAt, "Alex Morgan"))
            .ShouldAppend(new PersonalAdviserAllocated(EnteredAt, "Alex Morgan"));

    // Back-dating. needs-care-experience asks whether the child has ever been in care by now, not by the date given.

    [Fact]
    public void Cannot_be_allocated_before_the_child_first_entered_care() =>
        Given(JourneyBuilder.Child().InCare().Journey).When(new AllocatePersonalAdviser(EnteredAt - Tick, "Alex Morgan"))
            .ShouldBeRefusedWith(("allocatedAt", "needs-care-experience"));
}
