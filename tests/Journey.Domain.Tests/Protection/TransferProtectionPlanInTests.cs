using Journey.Domain.ChildInNeed;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class TransferProtectionPlanInTests
{
    private static readonly DateTimeOffset TransferredAt = Day1.AddDays(2);

    private static ChildJourney Contacted() => JourneyBuilder.Child().Contact(Day1).Journey;

    [Fact]
    public void Opens_plan_1_transferred_from_another_authority() =>
        Given(Contacted()).When(new TransferProtectionPlanIn(TransferredAt, "Leeds", "NEG"))
            .ShouldAppend(new ProtectionPlanTransferredIn(1, TransferredAt, "Leeds", "NEG"));

    [Fact]
    public void Transferring_in_folds_an_open_plan_onto_the_journey()
    {
        var journey = JourneyBuilder.Child().Contact(Day1).PlanTransferredIn(TransferredAt, "Leeds", "PHY").Journey;

        journey.OpenPlan.ShouldBe(new PlanState(1, TransferredAt, "PHY", null));
    }

    [Theory]
    [InlineData("NEG")]
    [InlineData("PHY")]
    [InlineData("SAB")]
    [InlineData("EMO")]
    [InlineData("MUL")]
    public void Accepts_every_CIN_abuse_category(string category) =>
        Given(Contacted()).When(new TransferProtectionPlanIn(TransferredAt, "Leeds", category))
            .ShouldAppend(new ProtectionPlanTransferredIn(1, TransferredAt, "Leeds", category));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("neg")]
    [InlineData("NEG ")]
    [InlineData("Neglect")]
    [InlineData("N0")]
    public void The_category_must_be_a_CIN_abuse_category(string? category) =>
        Given(Contacted()).When(new TransferProtectionPlanIn(TransferredAt, "Leeds", category)).ShouldBeRefusedWith(("category", "cin-abuse-category"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_authority_it_came_from_is_required(string? from) =>
        Given(Contacted()).When(new TransferProtectionPlanIn(TransferredAt, from, "NEG")).ShouldBeRefusedWith(("fromAuthority", "required"));

    [Fact]
    public void The_authority_it_came_from_is_at_most_200_characters()
    {
        Given(Contacted()).When(new TransferProtectionPlanIn(TransferredAt, new string('f', 200), "NEG")).ShouldBeAccepted();
        Given(Contacted()).When(new TransferProtectionPlanIn(TransferredAt, new string('f', 201), "NEG"))
            .ShouldBeRefusedWith(("fromAuthority", "max-length"));
    }

    [Fact]
    public void When_it_was_transferred_is_required() =>
        Given(Contacted()).When(new TransferProtectionPlanIn(null, "Leeds", "NEG")).ShouldBeRefusedWith(("transferredAt", "required"));

    [Fact]
    public void Cannot_be_transferred_in_the_future_beyond_the_clock_skew()
    {
        Given(Contacted()).When(new TransferProtectionPlanIn(JustInsideSkew, "Leeds", "NEG"))
            .ShouldAppend(new ProtectionPlanTransferredIn(1, JustInsideSkew, "Leeds", "NEG"));
        Given(Contacted()).When(new TransferProtectionPlanIn(JustOutsideSkew, "Leeds", "NEG")).ShouldBeRefusedWith(("transferredAt", "not-in-future"));
    }

    [Fact]
    public void Not_while_a_protection_plan_is_open()
    {
        Given(JourneyBuilder.Child().OnPlan().Journey).When(new TransferProtectionPlanIn(Day1.AddDays(20), "Leeds", "NEG"))
            .ShouldBeRefusedWith(("transferredAt", "one-open-protection-plan"));
        Given(JourneyBuilder.Child().Contact(Day1).PlanTransferredIn(TransferredAt).Journey).When(new TransferProtectionPlanIn(Day1.AddDays(20), "York", "NEG"))
            .ShouldBeRefusedWith(("transferredAt", "one-open-protection-plan"));
    }

    [Fact]
    public void Not_while_a_child_in_need_plan_is_open() =>
        Given(JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(Day1.AddDays(1)).Journey).When(new TransferProtectionPlanIn(Day1.AddDays(5), "Leeds", "NEG"))
            .ShouldBeRefusedWith(("transferredAt", "end-the-child-in-need-plan-first"));

    [Fact]
    public void Cannot_be_dated_back_into_a_child_in_need_plan_that_has_since_ended()
    {
        // Child in need plan 1 ran from Day1 + 1 to Day1 + 20; a protection plan from Day1 + 10 would overlap it,
        // as an initial conference on that date would be refused.
        var journey = JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(Day1.AddDays(1)).ChildInNeedPlanEnded(Day1.AddDays(20)).Journey;

        Given(journey).When(new TransferProtectionPlanIn(Day1.AddDays(10), "Leeds", "NEG"))
            .ShouldBeRefusedWith(("transferredAt", "end-the-child-in-need-plan-first"));
    }

    [Fact]
    public void May_transfer_in_once_the_child_in_need_plan_ended()
    {
        var journey = JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(Day1.AddDays(1)).ChildInNeedPlanEnded(Day1.AddDays(20)).Journey;

        Given(journey).When(new TransferProtectionPlanIn(Day1.AddDays(20), "Leeds", "NEG"))
            .ShouldAppend(new ProtectionPlanTransferredIn(1, Day1.AddDays(20), "Leeds", "NEG"));
    }

    [Fact]
    public void Cannot_be_dated_before_an_earlier_plan_ended()
    {
        var journey = JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Journey; // plan 1: Day1 + 10 .. Day1 + 40

        Given(journey).When(new TransferProtectionPlanIn(Day1.AddDays(40) - Tick, "Leeds", "NEG"))
            .ShouldBeRefusedWith(("transferredAt", "one-open-protection-plan"));
        Given(journey).When(new TransferProtectionPlanIn(Day1.AddDays(5), "Leeds", "NEG"))
            .ShouldBeRefusedWith(("transferredAt", "one-open-protection-plan"));
        Given(journey).When(new TransferProtectionPlanIn(Day1.AddDays(40), "Leeds", "NEG"))
            .ShouldAppend(new ProtectionPlanTransferredIn(2, Day1.AddDays(40), "Leeds", "NEG"));
    }

    [Fact]
    public void Plans_transferred_in_count_in_the_numbering_of_plans_a_conference_starts()
    {
        // Plan 1 transferred in on Day1 + 2 and out on Day1 + 10; a later enquiry's conference (Day1 + 21, a Monday) starts plan 2.
        var journey = JourneyBuilder.Child().Contact(Day1).PlanTransferredIn(TransferredAt).PlanTransferredOut(Day1.AddDays(10))
            .StrategyDiscussion(Day1.AddDays(12), initiatesSection47: true).Section47Concluded(Day1.AddDays(15), Section47Outcome.InitialConference).Journey;

        Given(journey).When(new HoldInitialConference(Day1.AddDays(21), true, "PHY")).ShouldAppend(
            new InitialConferenceHeld(1, 1, Day1.AddDays(21), true, "PHY"),
            new ProtectionPlanStarted(2, 1, Day1.AddDays(21), "PHY"));
    }

    [Fact]
    public void Plans_started_by_conferences_count_in_the_numbering_of_plans_transferred_in()
    {
        var journey = JourneyBuilder.Child().OnSecondPlan().PlanEnded(Day1.AddDays(70)).Journey; // plans 1 and 2 ended

        Given(journey).When(new TransferProtectionPlanIn(Day1.AddDays(75), "Leeds", "EMO"))
            .ShouldAppend(new ProtectionPlanTransferredIn(3, Day1.AddDays(75), "Leeds", "EMO"));
    }

    [Fact]
    public void A_plan_transferred_in_stops_a_child_in_need_plan_being_dated_inside_it()
    {
        // Plan 1 transferred in Day1 + 2, out Day1 + 10.
        var journey = JourneyBuilder.Child().Referred().PlanTransferredIn(TransferredAt).PlanTransferredOut(Day1.AddDays(10)).Journey;

        Given(journey).When(new StartChildInNeedPlan(Day1.AddDays(5)))
            .ShouldBeRefusedWith(("startedAt", "no-child-in-need-plan-during-protection-plan"));
        Given(journey).When(new StartChildInNeedPlan(Day1.AddDays(10))).ShouldAppend(new ChildInNeedPlanStarted(1, Day1.AddDays(10)));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(JourneyBuilder.Child().OnPlan().Journey).When(new TransferProtectionPlanIn(JustOutsideSkew, null, "XYZ")).ShouldBeRefusedWith(
            ("transferredAt", "not-in-future"), ("fromAuthority", "required"), ("category", "cin-abuse-category"),
            ("transferredAt", "one-open-protection-plan"));
}
