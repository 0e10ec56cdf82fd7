using Journey.Domain.Closure;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class TransferProtectionPlanOutTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset TransferredAt = Day1.AddDays(25);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 from Day1 + 10

    [Fact]
    public void Ends_the_open_plan_by_transfer_to_another_authority() =>
        new TransferProtectionPlanOut(TransferredAt, "Leeds").Decide(OnPlan(), Now).ShouldAppend(new ProtectionPlanTransferredOut(1, TransferredAt, "Leeds"));

    [Fact]
    public void Transferring_out_folds_the_end_onto_the_plan()
    {
        var journey = JourneyBuilder.Child().OnPlan().PlanTransferredOut(TransferredAt).Journey;

        journey.OpenPlan.ShouldBeNull();
        journey.Plans.ShouldBe([new PlanState(1, PlanStartedAt, "NEG", TransferredAt)]);
    }

    [Fact]
    public void Transfers_out_a_plan_that_was_transferred_in()
    {
        var journey = JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(20)).PlanTransferredIn(Day1.AddDays(30), "York").Journey;

        new TransferProtectionPlanOut(Day1.AddDays(50), "York").Decide(journey, Now).ShouldAppend(new ProtectionPlanTransferredOut(2, Day1.AddDays(50), "York"));
    }

    [Fact]
    public void When_it_was_transferred_is_required() =>
        new TransferProtectionPlanOut(null, "Leeds").Decide(OnPlan(), Now).ShouldBeRefusedWith(("transferredAt", "required"));

    [Fact]
    public void Cannot_be_transferred_in_the_future_beyond_the_clock_skew()
    {
        new TransferProtectionPlanOut(JustInsideSkew, "Leeds").Decide(OnPlan(), Now).ShouldAppend(new ProtectionPlanTransferredOut(1, JustInsideSkew, "Leeds"));
        new TransferProtectionPlanOut(JustOutsideSkew, "Leeds").Decide(OnPlan(), Now).ShouldBeRefusedWith(("transferredAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_authority_it_goes_to_is_required(string? to) =>
        new TransferProtectionPlanOut(TransferredAt, to).Decide(OnPlan(), Now).ShouldBeRefusedWith(("toAuthority", "required"));

    [Fact]
    public void The_authority_it_goes_to_is_at_most_200_characters()
    {
        new TransferProtectionPlanOut(TransferredAt, new string('t', 200)).Decide(OnPlan(), Now).ShouldBeAccepted();
        new TransferProtectionPlanOut(TransferredAt, new string('t', 201)).Decide(OnPlan(), Now).ShouldBeRefusedWith(("toAuthority", "max-length"));
    }

    [Fact]
    public void Needs_an_open_protection_plan()
    {
        new TransferProtectionPlanOut(TransferredAt, "Leeds").Decide(JourneyBuilder.Child().Referred().Journey, Now)
            .ShouldBeRefusedWith(("transferredAt", "needs-open-protection-plan"));
        new TransferProtectionPlanOut(Day1.AddDays(45), "Leeds").Decide(JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Journey, Now)
            .ShouldBeRefusedWith(("transferredAt", "needs-open-protection-plan"));
        new TransferProtectionPlanOut(Day1.AddDays(45), "York").Decide(JourneyBuilder.Child().OnPlan().PlanTransferredOut(TransferredAt).Journey, Now)
            .ShouldBeRefusedWith(("transferredAt", "needs-open-protection-plan"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_plan_started()
    {
        // At the plan's start it is within the plan; only the CIN census's rule that a plan lasts beyond its first day refuses it (decision 96).
        new TransferProtectionPlanOut(PlanStartedAt, "Leeds").Decide(OnPlan(), Now).ShouldBeRefusedWith(("transferredAt", "cin-8840"));
        new TransferProtectionPlanOut(PlanStartedAt - Tick, "Leeds").Decide(OnPlan(), Now).ShouldBeRefusedWith(("transferredAt", "within-the-plan"));
    }

    [Fact]
    public void Once_transferred_out_the_case_may_close()
    {
        var journey = JourneyBuilder.Child().ReferredOnPlan().PlanTransferredOut(TransferredAt).Journey;

        new CloseCase(TransferredAt - Tick, "RC8").Decide(journey, Now).ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        new CloseCase(TransferredAt, "RC8").Decide(journey, Now).ShouldAppend(new CaseClosed(TransferredAt, "RC8"));
    }
}
