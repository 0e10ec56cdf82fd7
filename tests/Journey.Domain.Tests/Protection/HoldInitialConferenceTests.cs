using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using static Journey.Domain.Tests.Given.Moments;
using Journey.Domain.Tests.Given;

namespace Journey.Domain.Tests.Protection;

public sealed class HoldInitialConferenceTests
{
    private static readonly DateTimeOffset Section47StartedAt = Day1.AddDays(1);
    private static readonly DateTimeOffset Section47ConcludedAt = Day1.AddDays(5);
    private static readonly DateTimeOffset HeldAt = Day1.AddDays(10);

    /// <summary>Section 47 enquiry 1 started Day1 + 1 and concluded Day1 + 5 asking for a conference.</summary>
    private static ChildJourney AwaitingConference() =>
        JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference).Journey;

    [Fact]
    public void A_conference_deciding_on_a_plan_starts_the_plan_at_the_same_moment_with_its_category()
    {
        new HoldInitialConference(HeldAt, true, "NEG").Decide(AwaitingConference(), Now).ShouldAppend(
            new InitialConferenceHeld(1, 1, HeldAt, true, "NEG"),
            new ProtectionPlanStarted(1, 1, HeldAt, "NEG"));
    }

    [Fact]
    public void A_conference_deciding_against_a_plan_starts_nothing_else() =>
        new HoldInitialConference(HeldAt, false).Decide(AwaitingConference(), Now)
            .ShouldAppend(new InitialConferenceHeld(1, 1, HeldAt, false, null));

    [Fact]
    public void Folding_the_plan_leaves_it_open_from_the_conference_day()
    {
        var journey = JourneyBuilder.Child().OnPlan().Journey;

        journey.Conferences.ShouldBe([new ConferenceState(1, 1, HeldAt, true)]);
        journey.OpenPlan.ShouldBe(new PlanState(1, HeldAt, "NEG", null));
    }

    [Fact]
    public void A_later_plan_and_conference_are_numbered_on_from_the_earlier_ones()
    {
        var journey = JourneyBuilder.Child().OnPlan()
            .PlanEnded(Day1.AddDays(40))
            .StrategyDiscussion(Day1.AddDays(50), true)
            .Section47Concluded(Day1.AddDays(55), Section47Outcome.InitialConference)
            .Journey;

        var at = Day1.AddDays(60);
        new HoldInitialConference(at, true, "EMO").Decide(journey, Now).ShouldAppend(
            new InitialConferenceHeld(2, 2, at, true, "EMO"),
            new ProtectionPlanStarted(2, 2, at, "EMO"));
    }

    [Theory]
    [InlineData("NEG")]
    [InlineData("PHY")]
    [InlineData("SAB")]
    [InlineData("EMO")]
    [InlineData("MUL")]
    public void Accepts_CIN_abuse_categories_for_a_plan(string category) =>
        new HoldInitialConference(HeldAt, true, category).Decide(AwaitingConference(), Now).ShouldBeAccepted();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("neg")]
    [InlineData("Neglect")]
    [InlineData("DOM")]
    public void A_plan_needs_a_CIN_abuse_category(string? category) =>
        new HoldInitialConference(HeldAt, true, category).Decide(AwaitingConference(), Now)
            .ShouldBeRefusedWith(("category", "cin-abuse-category"));

    [Theory]
    [InlineData("NEG")]
    [InlineData("")]
    public void A_category_is_given_only_with_a_plan(string category) =>
        new HoldInitialConference(HeldAt, false, category).Decide(AwaitingConference(), Now)
            .ShouldBeRefusedWith(("category", "category-only-with-plan"));

    [Fact]
    public void Whether_a_plan_is_required_must_be_said() =>
        new HoldInitialConference(HeldAt, null).Decide(AwaitingConference(), Now)
            .ShouldBeRefusedWith(("planRequired", "required"));

    [Fact]
    public void Needs_a_section_47_enquiry() =>
        new HoldInitialConference(HeldAt, false)
            .Decide(JourneyBuilder.Child().Contact(Day1).StrategyDiscussion(Day1.AddDays(1), false).Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));

    [Fact]
    public void Not_while_the_section_47_enquiry_is_still_open() =>
        new HoldInitialConference(HeldAt, false).Decide(JourneyBuilder.Child().Section47Open().Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));

    [Theory]
    [InlineData(Section47Outcome.ChildInNeed)]
    [InlineData(Section47Outcome.NoFurtherAction)]
    public void Not_after_a_section_47_that_asked_for_no_conference(Section47Outcome outcome) =>
        new HoldInitialConference(HeldAt, true, "NEG")
            .Decide(JourneyBuilder.Child().Section47ConcludedWith(outcome).Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));

    [Fact]
    public void Only_one_initial_conference_per_enquiry()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference)
            .InitialConference(HeldAt, planRequired: false).Journey;

        new HoldInitialConference(HeldAt.AddDays(1), false).Decide(journey, Now)
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));
    }

    [Fact]
    public void No_initial_conference_while_a_plan_is_open()
    {
        // A second enquiry, concluded asking for a conference, while plan 1 is still open.
        var journey = JourneyBuilder.Child().OnPlan()
            .StrategyDiscussion(Day1.AddDays(20), true)
            .Section47Concluded(Day1.AddDays(25), Section47Outcome.InitialConference)
            .Journey;

        var decision = new HoldInitialConference(Day1.AddDays(30), true, "PHY").Decide(journey, Now);

        decision.ShouldBeRefusedWith(("planRequired", "no-initial-conference-during-plan"));
        decision.MessageFor("no-initial-conference-during-plan").ShouldContain("plan 1");
    }

    [Fact]
    public void Cannot_be_held_before_the_section_47_concluded_asking_for_it()
    {
        // Concluded on Friday 7 March 2025 (Day1 + 4), so a conference at that instant is on a working day (CIN census rule 8875).
        var concludedAt = Day1.AddDays(4);
        var awaiting = JourneyBuilder.Child().Section47Open().Section47Concluded(concludedAt, Section47Outcome.InitialConference).Journey;
        new HoldInitialConference(concludedAt, false).Decide(awaiting, Now).ShouldBeAccepted();
        new HoldInitialConference(concludedAt - Tick, false).Decide(awaiting, Now)
            .ShouldBeRefusedWith(("heldAt", "conference-after-section-47-concluded"));
    }

    // A later enquiry decides: an earlier enquiry's unmet request for a conference lapses once it starts.
    [Fact]
    public void Not_while_a_later_section_47_is_open()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference)
            .StrategyDiscussion(Day1.AddDays(6), true).Journey;

        new HoldInitialConference(HeldAt, false).Decide(journey, Now)
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));
    }

    [Fact]
    public void Not_after_a_later_section_47_concluded_with_no_further_action()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference)
            .StrategyDiscussion(Day1.AddDays(6), true)
            .Section47Concluded(Day1.AddDays(8), Section47Outcome.NoFurtherAction).Journey;

        new HoldInitialConference(HeldAt, false).Decide(journey, Now)
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));
    }

    [Fact]
    public void Held_just_inside_the_clock_skew_allowance() =>
        new HoldInitialConference(JustInsideSkew, true, "NEG").Decide(AwaitingConference(), Now).ShouldBeAccepted();

    [Fact]
    public void Held_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new HoldInitialConference(JustOutsideSkew, true, "NEG").Decide(AwaitingConference(), Now)
            .ShouldBeRefusedWith(("heldAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        new HoldInitialConference(JustOutsideSkew, true, "XXX").Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("heldAt", "not-in-future"),
            ("heldAt", "conference-needs-section-47-asking-for-one"),
            ("category", "cin-abuse-category"));
        new HoldInitialConference(null, null, "NEG").Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("heldAt", "required"),
            ("planRequired", "required"),
            ("heldAt", "conference-needs-section-47-asking-for-one"));
    }
}
