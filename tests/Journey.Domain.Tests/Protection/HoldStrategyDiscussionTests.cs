using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class HoldStrategyDiscussionTests
{
    private static readonly DateTimeOffset HeldAt = Day1.AddDays(1);

    private static ChildJourney ContactForDiscussion() =>
        JourneyBuilder.Child().Contact(Day1).Decided(Day1.AddHours(1), FrontDoorOutcome.StrategyDiscussion).Journey;

    [Fact]
    public void A_discussion_that_initiates_section_47_starts_the_enquiry_at_the_same_moment()
    {
        Given(ContactForDiscussion()).When(new HoldStrategyDiscussion(HeldAt, true, "Section 47 enquiry agreed")).ShouldAppend(
            new StrategyDiscussionHeld(1, HeldAt, true, "Section 47 enquiry agreed"),
            new Section47Started(1, 1, HeldAt));
    }

    [Fact]
    public void A_discussion_that_does_not_initiate_section_47_starts_nothing_else() =>
        Given(ContactForDiscussion()).When(new HoldStrategyDiscussion(HeldAt, false))
            .ShouldAppend(new StrategyDiscussionHeld(1, HeldAt, false, null));

    [Fact]
    public void The_enquiry_carries_the_number_of_the_discussion_that_initiated_it()
    {
        // Discussions 1 and 2 initiate nothing; discussion 3 initiates enquiry 1.
        var journey = JourneyBuilder.Child().Contact(Day1)
            .StrategyDiscussion(Day1.AddDays(1), false)
            .StrategyDiscussion(Day1.AddDays(2), false)
            .Journey;

        var at = Day1.AddDays(3);
        Given(journey).When(new HoldStrategyDiscussion(at, true)).ShouldAppend(
            new StrategyDiscussionHeld(3, at, true, null),
            new Section47Started(1, 3, at));
    }

    [Fact]
    public void A_second_enquiry_may_start_once_the_first_has_concluded()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.ChildInNeed).Journey;

        var at = Day1.AddDays(30);
        Given(journey).When(new HoldStrategyDiscussion(at, true)).ShouldAppend(
            new StrategyDiscussionHeld(2, at, true, null),
            new Section47Started(2, 2, at));
    }

    [Fact]
    public void Cannot_initiate_a_second_section_47_while_one_is_open()
    {
        var journey = JourneyBuilder.Child().Section47Open().Journey;

        var decision = Given(journey).When(new HoldStrategyDiscussion(Day1.AddDays(2), true));

        decision.ShouldBeRefusedWith(("initiatesSection47", "one-open-section-47"));
        decision.MessageFor("one-open-section-47").ShouldContain("enquiry 1");
    }

    [Fact]
    public void A_further_discussion_while_section_47_is_open_is_fine_if_it_initiates_nothing()
    {
        var journey = JourneyBuilder.Child().Section47Open().Journey;

        var at = Day1.AddDays(2);
        Given(journey).When(new HoldStrategyDiscussion(at, false)).ShouldAppend(new StrategyDiscussionHeld(2, at, false, null));
    }

    [Fact]
    public void Needs_a_contact() =>
        Given(ChildJourney.New("C1")).When(new HoldStrategyDiscussion(HeldAt, true))
            .ShouldBeRefusedWith(("heldAt", "discussion-needs-contact"));

    [Fact]
    public void Cannot_be_held_before_the_first_contact()
    {
        Given(ContactForDiscussion()).When(new HoldStrategyDiscussion(Day1, true)).ShouldBeAccepted();
        Given(ContactForDiscussion()).When(new HoldStrategyDiscussion(Day1 - Tick, true))
            .ShouldBeRefusedWith(("heldAt", "discussion-after-contact"));
    }

    [Fact]
    public void Whether_it_initiates_section_47_is_required() =>
        Given(ContactForDiscussion()).When(new HoldStrategyDiscussion(HeldAt, null))
            .ShouldBeRefusedWith(("initiatesSection47", "required"));

    [Fact]
    public void Outcome_is_at_most_2000_characters()
    {
        Given(ContactForDiscussion()).When(new HoldStrategyDiscussion(HeldAt, false, new string('o', 2000))).ShouldBeAccepted();
        Given(ContactForDiscussion()).When(new HoldStrategyDiscussion(HeldAt, false, new string('o', 2001)))
            .ShouldBeRefusedWith(("outcome", "max-length"));
    }

    [Fact]
    public void Held_just_inside_the_clock_skew_allowance() =>
        Given(ContactForDiscussion()).When(new HoldStrategyDiscussion(JustInsideSkew, true)).ShouldBeAccepted();

    [Fact]
    public void Held_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(ContactForDiscussion()).When(new HoldStrategyDiscussion(JustOutsideSkew, true))
            .ShouldBeRefusedWith(("heldAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        var journey = JourneyBuilder.Child().Section47Open().Journey;

        Given(journey).When(new HoldStrategyDiscussion(Day1 - Tick, true, new string('o', 2001))).ShouldBeRefusedWith(
            ("initiatesSection47", "one-open-section-47"),
            ("outcome", "max-length"),
            ("heldAt", "discussion-after-contact"));
        Given(ChildJourney.New("C1")).When(new HoldStrategyDiscussion(null, null)).ShouldBeRefusedWith(
            ("heldAt", "required"),
            ("initiatesSection47", "required"),
            ("heldAt", "discussion-needs-contact"));
    }
}
