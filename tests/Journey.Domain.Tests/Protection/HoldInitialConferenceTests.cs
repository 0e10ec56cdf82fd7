using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

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
        Given(AwaitingConference()).When(new HoldInitialConference(HeldAt, true, "NEG")).ShouldAppend(
            new InitialConferenceHeld(1, 1, HeldAt, true, "NEG"),
            new ProtectionPlanStarted(1, 1, HeldAt, "NEG"));
    }

    [Fact]
    public void A_conference_deciding_against_a_plan_starts_nothing_else() =>
        Given(AwaitingConference()).When(new HoldInitialConference(HeldAt, false))
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
        Given(journey).When(new HoldInitialConference(at, true, "EMO")).ShouldAppend(
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
        Given(AwaitingConference()).When(new HoldInitialConference(HeldAt, true, category)).ShouldBeAccepted();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("neg")]
    [InlineData("Neglect")]
    [InlineData("DOM")]
    public void A_plan_needs_a_CIN_abuse_category(string? category) =>
        Given(AwaitingConference()).When(new HoldInitialConference(HeldAt, true, category))
            .ShouldBeRefusedWith(("category", "cin-abuse-category"));

    [Theory]
    [InlineData("NEG")]
    [InlineData("")]
    public void A_category_is_given_only_with_a_plan(string category) =>
        Given(AwaitingConference()).When(new HoldInitialConference(HeldAt, false, category))
            .ShouldBeRefusedWith(("category", "category-only-with-plan"));

    [Fact]
    public void Whether_a_plan_is_required_must_be_said() =>
        Given(AwaitingConference()).When(new HoldInitialConference(HeldAt, null))
            .ShouldBeRefusedWith(("planRequired", "required"));

    [Fact]
    public void Needs_a_section_47_enquiry() =>
        Given(JourneyBuilder.Child().Contact(Day1).StrategyDiscussion(Day1.AddDays(1), false).Journey).When(new HoldInitialConference(HeldAt, false))
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));

    [Fact]
    public void Not_while_the_section_47_enquiry_is_still_open() =>
        Given(JourneyBuilder.Child().Section47Open().Journey).When(new HoldInitialConference(HeldAt, false))
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));

    [Theory]
    [InlineData(Section47Outcome.ChildInNeed)]
    [InlineData(Section47Outcome.NoFurtherAction)]
    public void Not_after_a_section_47_that_asked_for_no_conference(Section47Outcome outcome) =>
        Given(JourneyBuilder.Child().Section47ConcludedWith(outcome).Journey).When(new HoldInitialConference(HeldAt, true, "NEG"))
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));

    [Fact]
    public void Only_one_initial_conference_per_enquiry()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference)
            .InitialConference(HeldAt, planRequired: false).Journey;

        Given(journey).When(new HoldInitialConference(HeldAt.AddDays(1), false))
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

        var decision = Given(journey).When(new HoldInitialConference(Day1.AddDays(30), true, "PHY"));

        decision.ShouldBeRefusedWith(("planRequired", "no-initial-conference-during-plan"));
        decision.MessageFor("no-initial-conference-during-plan").ShouldContain("plan 1");
    }

    [Fact]
    public void Cannot_be_held_before_the_section_47_concluded_asking_for_it()
    {
        // Concluded on Friday 7 March 2025 (Day1 + 4), so a conference at that instant is on a working day (CIN census rule 8875).
        var concludedAt = Day1.AddDays(4);
        var awaiting = JourneyBuilder.Child().Section47Open().Section47Concluded(concludedAt, Section47Outcome.InitialConference).Journey;
        Given(awaiting).When(new HoldInitialConference(concludedAt, false)).ShouldBeAccepted();
        Given(awaiting).When(new HoldInitialConference(concludedAt - Tick, false))
            .ShouldBeRefusedWith(("heldAt", "conference-after-section-47-concluded"));
    }

    // A later enquiry decides: an earlier enquiry's unmet request for a conference lapses once it starts.
    [Fact]
    public void Not_while_a_later_section_47_is_open()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference)
            .StrategyDiscussion(Day1.AddDays(6), true).Journey;

        Given(journey).When(new HoldInitialConference(HeldAt, false))
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));
    }

    [Fact]
    public void Not_after_a_later_section_47_concluded_with_no_further_action()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference)
            .StrategyDiscussion(Day1.AddDays(6), true)
            .Section47Concluded(Day1.AddDays(8), Section47Outcome.NoFurtherAction).Journey;

        Given(journey).When(new HoldInitialConference(HeldAt, false))
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));
    }

    [Fact]
    public void Held_just_inside_the_clock_skew_allowance() =>
        Given(AwaitingConference()).When(new HoldInitialConference(JustInsideSkew, true, "NEG")).ShouldBeAccepted();

    [Fact]
    public void Held_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(AwaitingConference()).When(new HoldInitialConference(JustOutsideSkew, true, "NEG"))
            .ShouldBeRefusedWith(("heldAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(ChildJourney.New("C1")).When(new HoldInitialConference(JustOutsideSkew, true, "XXX")).ShouldBeRefusedWith(
            ("heldAt", "not-in-future"),
            ("heldAt", "conference-needs-section-47-asking-for-one"),
            ("category", "cin-abuse-category"));
        Given(ChildJourney.New("C1")).When(new HoldInitialConference(null, null, "NEG")).ShouldBeRefusedWith(
            ("heldAt", "required"),
            ("planRequired", "required"),
            ("heldAt", "conference-needs-section-47-asking-for-one"));
    }
}
