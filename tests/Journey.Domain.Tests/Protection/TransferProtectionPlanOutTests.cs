using Journey.Domain.Closure;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class TransferProtectionPlanOutTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset TransferredAt = Day1.AddDays(25);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 from Day1 + 10

    [Fact]
    public void Ends_the_open_plan_by_transfer_to_another_authority() =>
        Given(OnPlan()).When(new TransferProtectionPlanOut(TransferredAt, "Leeds")).ShouldAppend(new ProtectionPlanTransferredOut(1, TransferredAt, "Leeds"));

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

        Given(journey).When(new TransferProtectionPlanOut(Day1.AddDays(50), "York")).ShouldAppend(new ProtectionPlanTransferredOut(2, Day1.AddDays(50), "York"));
    }

    [Fact]
    public void When_it_was_transferred_is_required() =>
        Given(OnPlan()).When(new TransferProtectionPlanOut(null, "Leeds")).ShouldBeRefusedWith(("transferredAt", "required"));

    [Fact]
    public void Cannot_be_transferred_in_the_future_beyond_the_clock_skew()
    {
        Given(OnPlan()).When(new TransferProtectionPlanOut(JustInsideSkew, "Leeds")).ShouldAppend(new ProtectionPlanTransferredOut(1, JustInsideSkew, "Leeds"));
        Given(OnPlan()).When(new TransferProtectionPlanOut(JustOutsideSkew, "Leeds")).ShouldBeRefusedWith(("transferredAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_authority_it_goes_to_is_required(string? to) =>
        Given(OnPlan()).When(new TransferProtectionPlanOut(TransferredAt, to)).ShouldBeRefusedWith(("toAuthority", "required"));

    [Fact]
    public void The_authority_it_goes_to_is_at_most_200_characters()
    {
        Given(OnPlan()).When(new TransferProtectionPlanOut(TransferredAt, new string('t', 200))).ShouldBeAccepted();
        Given(OnPlan()).When(new TransferProtectionPlanOut(TransferredAt, new string('t', 201))).ShouldBeRefusedWith(("toAuthority", "max-length"));
    }

    [Fact]
    public void Needs_an_open_protection_plan()
    {
        Given(JourneyBuilder.Child().Referred().Journey).When(new TransferProtectionPlanOut(TransferredAt, "Leeds"))
            .ShouldBeRefusedWith(("transferredAt", "needs-open-protection-plan"));
        Given(JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Journey).When(new TransferProtectionPlanOut(Day1.AddDays(45), "Leeds"))
            .ShouldBeRefusedWith(("transferredAt", "needs-open-protection-plan"));
        Given(JourneyBuilder.Child().OnPlan().PlanTransferredOut(TransferredAt).Journey).When(new TransferProtectionPlanOut(Day1.AddDays(45), "York"))
            .ShouldBeRefusedWith(("transferredAt", "needs-open-protection-plan"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_plan_started()
    {
        // At the plan's start it is within the plan; only the CIN census's rule that a plan lasts beyond its first day refuses it (decision 96).
        Given(OnPlan()).When(new TransferProtectionPlanOut(PlanStartedAt, "Leeds")).ShouldBeRefusedWith(("transferredAt", "cin-8840"));
        Given(OnPlan()).When(new TransferProtectionPlanOut(PlanStartedAt - Tick, "Leeds")).ShouldBeRefusedWith(("transferredAt", "within-the-plan"));
    }

    [Fact]
    public void Once_transferred_out_the_case_may_close()
    {
        var journey = JourneyBuilder.Child().ReferredOnPlan().PlanTransferredOut(TransferredAt).Journey;

        Given(journey).When(new CloseCase(TransferredAt - Tick, "RC8")).ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        Given(journey).When(new CloseCase(TransferredAt, "RC8")).ShouldAppend(new CaseClosed(TransferredAt, "RC8"));
    }
}
