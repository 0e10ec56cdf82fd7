using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Scenarios.ClockScenario;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Permanence;

/// <summary>Permanence's clocks (decision 116): given a step, when it is recorded or withdrawn, then these clock changes.</summary>
public sealed class PermanenceClocksTests
{
    private static readonly AdoptionStepTaken Celebration = new(1, Day1.AddDays(300), AdoptionStep.CelebrationHeld);

    [Fact]
    public void A_care_plan_stops_the_care_plan_clock_looked_after_started() =>
        GivenStep(new CarePlanRecorded(1, Day1.AddDays(8))).WhenRecorded().ShouldChangeClocks(new StopClock(LookedAfterClocks.CarePlan, 1, Day1.AddDays(8)));

    [Fact]
    public void The_adoption_celebration_starts_the_life_story_book_and_later_life_letter_clocks() =>
        GivenStep(Celebration).WhenRecorded().ShouldChangeClocks(
            new StartClock(PermanenceClocks.LifeStoryBook, 1, Celebration.OccurredAt),
            new StartClock(PermanenceClocks.LaterLifeLetter, 1, Celebration.OccurredAt));

    [Fact]
    public void Withdrawing_the_celebration_removes_both_clocks() =>
        GivenStep(Celebration).WhenWithdrawn().ShouldChangeClocks(
            new RemoveClock(PermanenceClocks.LifeStoryBook, 1),
            new RemoveClock(PermanenceClocks.LaterLifeLetter, 1));

    [Fact]
    public void The_book_and_the_letter_each_stop_their_own_clock()
    {
        var given = Day1.AddDays(305);

        GivenStep(Celebration with { Step = AdoptionStep.LifeStoryBookGiven, OccurredAt = given }).WhenRecorded()
            .ShouldChangeClocks(new StopClock(PermanenceClocks.LifeStoryBook, 1, given));
        GivenStep(Celebration with { Step = AdoptionStep.LaterLifeLetterGiven, OccurredAt = given }).WhenRecorded()
            .ShouldChangeClocks(new StopClock(PermanenceClocks.LaterLifeLetter, 1, given));
    }

    [Fact]
    public void The_adoption_steps_before_the_celebration_move_no_clock() =>
        GivenStep(Celebration with { Step = AdoptionStep.Matched }).WhenRecorded().ShouldChangeNoClock();
}
