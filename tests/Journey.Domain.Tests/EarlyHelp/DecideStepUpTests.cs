using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class DecideStepUpTests
{
    private static readonly DateTimeOffset DecidedAt = EarlyHelpFrom.AddDays(5);

    private static ChildJourney InEarlyHelp() => JourneyBuilder.Child().InEarlyHelp().Journey;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Records_the_step_up_decision_with_its_reason(bool accepted) =>
        new DecideStepUp(DecidedAt, accepted, "Escalating neglect").Decide(InEarlyHelp(), Now)
            .ShouldAppend(new StepUpDecided(1, DecidedAt, accepted, "Escalating neglect"));

    [Fact]
    public void When_it_was_decided_is_required() =>
        new DecideStepUp(null, true, "Escalating neglect").Decide(InEarlyHelp(), Now).ShouldBeRefusedWith(("decidedAt", "required"));

    [Fact]
    public void Cannot_be_decided_in_the_future_beyond_the_clock_skew()
    {
        new DecideStepUp(JustInsideSkew, true, "Escalating neglect").Decide(InEarlyHelp(), Now)
            .ShouldAppend(new StepUpDecided(1, JustInsideSkew, true, "Escalating neglect"));
        new DecideStepUp(JustOutsideSkew, true, "Escalating neglect").Decide(InEarlyHelp(), Now)
            .ShouldBeRefusedWith(("decidedAt", "not-in-future"));
    }

    [Fact]
    public void Whether_it_was_accepted_is_required() =>
        new DecideStepUp(DecidedAt, null, "Escalating neglect").Decide(InEarlyHelp(), Now).ShouldBeRefusedWith(("accepted", "required"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_reason_is_required(string? reason) =>
        new DecideStepUp(DecidedAt, false, reason).Decide(InEarlyHelp(), Now).ShouldBeRefusedWith(("reason", "required"));

    [Fact]
    public void The_reason_is_at_most_2000_characters()
    {
        new DecideStepUp(DecidedAt, false, new string('r', 2000)).Decide(InEarlyHelp(), Now).ShouldBeAccepted();
        new DecideStepUp(DecidedAt, false, new string('r', 2001)).Decide(InEarlyHelp(), Now).ShouldBeRefusedWith(("reason", "max-length"));
    }

    [Fact]
    public void Needs_open_early_help()
    {
        new DecideStepUp(DecidedAt, true, "Escalating neglect").Decide(JourneyBuilder.Child().Contact(Day1).Journey, Now)
            .ShouldBeRefusedWith(("decidedAt", "needs-open-early-help"));
        new DecideStepUp(Day1.AddDays(25), true, "Escalating neglect").Decide(JourneyBuilder.Child().AfterEarlyHelp().Journey, Now)
            .ShouldBeRefusedWith(("decidedAt", "needs-open-early-help"));
    }

    [Fact]
    public void Cannot_be_dated_before_early_help_started()
    {
        new DecideStepUp(EarlyHelpFrom, true, "Escalating neglect").Decide(InEarlyHelp(), Now)
            .ShouldAppend(new StepUpDecided(1, EarlyHelpFrom, true, "Escalating neglect"));
        new DecideStepUp(EarlyHelpFrom - Tick, true, "Escalating neglect").Decide(InEarlyHelp(), Now)
            .ShouldBeRefusedWith(("decidedAt", "within-early-help"));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        new DecideStepUp(null, null, null).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("decidedAt", "required"), ("accepted", "required"), ("reason", "required"), ("decidedAt", "needs-open-early-help"));
}
