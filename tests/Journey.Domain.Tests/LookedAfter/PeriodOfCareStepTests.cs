using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LookedAfter;

/// <summary>
/// The looked-after capability's shared scenario: a step recorded within the open period of care (a change of legal
/// status, a review, a visit, a health assessment, a personal education plan, a placement). Every such step is held to
/// the same rules of the period of care, written here once as given / when / then; each step's test class names its
/// command and the event it appends (<see cref="DatedStepTests"/>), and xunit runs these facts as its own (decision 126).
/// </summary>
public abstract class PeriodOfCareStepTests : DatedStepTests
{
    /// <summary>A date before period 2 began, where the step is refused in the second period.</summary>
    protected virtual DateTimeOffset IntoTheFirstPeriod => ReEnteredAt - Tick;

    /// <summary>Period of care 1 open from <see cref="EnteredAt"/>, with placement 1 unless the step says otherwise.</summary>
    protected virtual ChildJourney InCare() => JourneyBuilder.Child().InCarePlaced().Journey;

    [Fact]
    public void Needs_the_child_in_care()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(Step(UsualAt)).ShouldBeRefusedWith((Field, "needs-child-in-care"));
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(Step(LeftAt.AddDays(1))).ShouldBeRefusedWith((Field, "needs-child-in-care"));
    }

    [Fact]
    public void May_be_dated_at_the_instant_the_child_entered_care() =>
        Given(InCare()).When(Step(EnteredAt)).ShouldAppend(Appended(1, EnteredAt));

    [Fact]
    public void Cannot_be_dated_before_the_period_of_care_began() =>
        Given(InCare()).When(Step(EnteredAt - Tick)).ShouldBeRefusedWith((Field, "within-the-period-of-care"));

    [Fact]
    public void In_the_second_period_cannot_be_dated_into_the_first() =>
        Given(JourneyBuilder.Child().BackInCare().Journey).When(Step(IntoTheFirstPeriod)).ShouldBeRefusedWith((Field, "within-the-period-of-care"));

    [Fact]
    public void Dated_just_inside_the_clock_skew_allowance() =>
        Given(InCare()).When(Step(JustInsideSkew)).ShouldAppend(Appended(1, JustInsideSkew));

    [Fact]
    public void Dated_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(InCare()).When(Step(JustOutsideSkew)).ShouldBeRefusedWith((Field, "not-in-future"));

    /// <summary>
    /// Then a code outside its SSDA903 list is refused by the list's rule, whose message quotes the code: the scenario
    /// of every step's code-list theory.
    /// </summary>
    protected void ShouldRefuseTheCode(IJourneyCommand command, string field, string rule, string code)
    {
        var decision = Given(InCare()).When(command);

        decision.ShouldBeRefusedWith((field, rule));
        decision.MessageFor(rule).ShouldContain($"'{code}'");
    }
}
