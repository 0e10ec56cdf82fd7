using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.Tests.Rules;
using static Journey.Domain.Tests.LookedAfterAndMissing.LookedAfterJourneys;
using static Journey.Domain.Tests.Rules.Moments;

namespace Journey.Domain.Tests.LookedAfterAndMissing;

public sealed class AllocatePersonalAdviserTests
{
    private static readonly DateTimeOffset AllocatedAt = Day1.AddDays(20);

    [Fact]
    public void Allocates_an_adviser_to_a_looked_after_child() =>
        new AllocatePersonalAdviser(AllocatedAt, "Alex Morgan").Decide(JourneyBuilder.Child().InCarePlaced().Journey, Now)
            .ShouldAppend(new PersonalAdviserAllocated(AllocatedAt, "Alex Morgan"));

    [Fact]
    public void Allocates_an_adviser_to_a_care_leaver()
    {
        var at = LeftAt.AddDays(5);

        new AllocatePersonalAdviser(at, "Alex Morgan").Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
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
        new AllocatePersonalAdviser(AllocatedAt, "Alex Morgan").Decide(ChildJourney.New("C1"), Now)
            .ShouldBeRefusedWith(("allocatedAt", "needs-care-experience"));
        new AllocatePersonalAdviser(AllocatedAt, "Alex Morgan").Decide(JourneyBuilder.Child().Referred().Journey, Now)
            .ShouldBeRefusedWith(("allocatedAt", "needs-care-experience"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void The_adviser_is_required(string? adviser) =>
        new AllocatePersonalAdviser(AllocatedAt, adviser).Decide(JourneyBuilder.Child().InCare().Journey, Now)
            .ShouldBeRefusedWith(("adviser", "required"));

    [Fact]
    public void The_adviser_is_at_most_200_characters()
    {
        var inCare = JourneyBuilder.Child().InCare().Journey;

        new AllocatePersonalAdviser(AllocatedAt, new string('a', 200)).Decide(inCare, Now)
            .ShouldAppend(new PersonalAdviserAllocated(AllocatedAt, new string('a', 200)));
        new AllocatePersonalAdviser(AllocatedAt, new string('a', 201)).Decide(inCare, Now).ShouldBeRefusedWith(("adviser", "max-length"));
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        new AllocatePersonalAdviser(null, null).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("allocatedAt", "required"),
            ("adviser", "required"),
            ("allocatedAt", "needs-care-experience"));

    [Fact]
    public void Allocated_just_inside_the_clock_skew_allowance() =>
        new AllocatePersonalAdviser(JustInsideSkew, "Alex Morgan").Decide(JourneyBuilder.Child().InCare().Journey, Now)
            .ShouldAppend(new PersonalAdviserAllocated(JustInsideSkew, "Alex Morgan"));

    [Fact]
    public void Allocated_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new AllocatePersonalAdviser(JustOutsideSkew, "Alex Morgan").Decide(JourneyBuilder.Child().InCare().Journey, Now)
            .ShouldBeRefusedWith(("allocatedAt", "not-in-future"));

    [Fact]
    public void May_be_allocated_at_the_instant_the_child_entered_care() =>
        new AllocatePersonalAdviser(EnteredAt, "Alex Morgan").Decide(JourneyBuilder.Child().InCare().Journey, Now)
            .ShouldAppend(new PersonalAdviserAllocated(EnteredAt, "Alex Morgan"));

    // Back-dating. needs-care-experience asks whether the child has ever been in care by now, not by the date given.

    [Fact]
    public void Cannot_be_allocated_before_the_child_first_entered_care() =>
        new AllocatePersonalAdviser(EnteredAt - Tick, "Alex Morgan").Decide(JourneyBuilder.Child().InCare().Journey, Now)
            .ShouldBeRefusedWith(("allocatedAt", "needs-care-experience"));
}
