using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class DecideStepUpTests
{
    private static readonly DateTimeOffset DecidedAt = EarlyHelpFrom.AddDays(5);

    private static ChildJourney InEarlyHelp() => JourneyBuilder.Child().InEarlyHelp().Journey;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Records_the_step_up_decision_with_its_reason(bool accepted) =>
        Given(InEarlyHelp()).When(new DecideStepUp(DecidedAt, accepted, "Escalating neglect"))
            .ShouldAppend(new StepUpDecided(1, DecidedAt, accepted, "Escalating neglect"));

    [Fact]
    public void When_it_was_decided_is_required() =>
        Given(InEarlyHelp()).When(new DecideStepUp(null, true, "Escalating neglect")).ShouldBeRefusedWith(("decidedAt", "required"));

    [Fact]
    public void Cannot_be_decided_in_the_future_beyond_the_clock_skew()
    {
        Given(InEarlyHelp()).When(new DecideStepUp(JustInsideSkew, true, "Escalating neglect"))
            .ShouldAppend(new StepUpDecided(1, JustInsideSkew, true, "Escalating neglect"));
        Given(InEarlyHelp()).When(new DecideStepUp(JustOutsideSkew, true, "Escalating neglect"))
            .ShouldBeRefusedWith(("decidedAt", "not-in-future"));
    }

    [Fact]
    public void Whether_it_was_accepted_is_required() =>
        Given(InEarlyHelp()).When(new DecideStepUp(DecidedAt, null, "Escalating neglect")).ShouldBeRefusedWith(("accepted", "required"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_reason_is_required(string? reason) =>
        Given(InEarlyHelp()).When(new DecideStepUp(DecidedAt, false, reason)).ShouldBeRefusedWith(("reason", "required"));

    [Fact]
    public void The_reason_is_at_most_2000_characters()
    {
        Given(InEarlyHelp()).When(new DecideStepUp(DecidedAt, false, new string('r', 2000))).ShouldBeAccepted();
        Given(InEarlyHelp()).When(new DecideStepUp(DecidedAt, false, new string('r', 2001))).ShouldBeRefusedWith(("reason", "max-length"));
    }

    [Fact]
    public void Needs_open_early_help()
    {
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new DecideStepUp(DecidedAt, true, "Escalating neglect"))
            .ShouldBeRefusedWith(("decidedAt", "needs-open-early-help"));
        Given(JourneyBuilder.Child().AfterEarlyHelp().Journey).When(new DecideStepUp(Day1.AddDays(25), true, "Escalating neglect"))
            .ShouldBeRefusedWith(("decidedAt", "needs-open-early-help"));
    }

    [Fact]
    public void Cannot_be_dated_before_early_help_started()
    {
        Given(InEarlyHelp()).When(new DecideStepUp(EarlyHelpFrom, true, "Escalating neglect"))
            .ShouldAppend(new StepUpDecided(1, EarlyHelpFrom, true, "Escalating neglect"));
        Given(InEarlyHelp()).When(new DecideStepUp(EarlyHelpFrom - Tick, true, "Escalating neglect"))
            .ShouldBeRefusedWith(("decidedAt", "within-early-help"));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(ChildJourney.New("C1")).When(new DecideStepUp(null, null, null)).ShouldBeRefusedWith(
            ("decidedAt", "required"), ("accepted", "required"), ("reason", "required"), ("decidedAt", "needs-open-early-help"));
}
