using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Permanence;

public sealed class TakeAdoptionStepTests
{
    /// <summary>The first adoption step, Day1 + 5; each later one a day after the one before.</summary>
    private static readonly DateTimeOffset StepsFrom = Day1.AddDays(5);
    private static readonly DateTimeOffset TakenAt = Day1.AddDays(20);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCare().Journey;

    /// <summary>In care since EnteredAt, with every step up to <paramref name="last"/> taken from StepsFrom.</summary>
    private static JourneyBuilder StepsUpTo(AdoptionStep last) => JourneyBuilder.Child().InCare().AdoptionStepsUpTo(StepsFrom, last);

    /// <summary>Adopted: every step up to the adoption order (Day1 + 9), then left care on Day1 + 30 (E11, adopted).</summary>
    private static JourneyBuilder Adopted() => StepsUpTo(AdoptionStep.AdoptionOrderMade).LeftCare(LeftAt, "E11");

    [Fact]
    public void The_agency_decision_maker_agreeing_is_the_first_step() =>
        Given(InCare()).When(new TakeAdoptionStep(TakenAt, AdoptionStep.DecisionMakerAgreed))
            .ShouldAppend(new AdoptionStepTaken(1, TakenAt, AdoptionStep.DecisionMakerAgreed));

    [Theory]
    [InlineData(AdoptionStep.PlacementOrderMade)]
    [InlineData(AdoptionStep.Matched)]
    [InlineData(AdoptionStep.Placed)]
    [InlineData(AdoptionStep.AdoptionOrderMade)]
    public void Each_step_follows_the_one_before_it(AdoptionStep step) =>
        Given(StepsUpTo(step - 1).Journey).When(new TakeAdoptionStep(TakenAt, step)).ShouldAppend(new AdoptionStepTaken(1, TakenAt, step));

    [Fact]
    public void Taking_a_step_folds_it_onto_the_journey() =>
        StepsUpTo(AdoptionStep.Matched).Journey.AdoptionSteps.Keys
            .ShouldBe([AdoptionStep.DecisionMakerAgreed, AdoptionStep.PlacementOrderMade, AdoptionStep.Matched], ignoreOrder: true);

    [Theory]
    [InlineData(AdoptionStep.PlacementOrderMade)]
    [InlineData(AdoptionStep.Matched)]
    [InlineData(AdoptionStep.Placed)]
    [InlineData(AdoptionStep.AdoptionOrderMade)]
    public void No_step_may_be_skipped(AdoptionStep step)
    {
        Given(InCare()).When(new TakeAdoptionStep(TakenAt, step)).ShouldBeRefusedWith(("step", "adoption-steps-in-order"));
        if (step - 2 >= AdoptionStep.DecisionMakerAgreed)
            Given(StepsUpTo(step - 2).Journey).When(new TakeAdoptionStep(TakenAt, step)).ShouldBeRefusedWith(("step", "adoption-steps-in-order"));
    }

    [Theory]
    [InlineData(AdoptionStep.DecisionMakerAgreed)]
    [InlineData(AdoptionStep.PlacementOrderMade)]
    [InlineData(AdoptionStep.Matched)]
    [InlineData(AdoptionStep.Placed)]
    [InlineData(AdoptionStep.AdoptionOrderMade)]
    public void Each_step_is_taken_once(AdoptionStep step) =>
        Given(StepsUpTo(AdoptionStep.AdoptionOrderMade).Journey).When(new TakeAdoptionStep(TakenAt, step))
            .ShouldBeRefusedWith(("step", "each-adoption-step-once"));

    [Fact]
    public void A_step_must_be_in_the_order_of_its_dates_not_only_of_its_recording()
    {
        // The placement order was made on Day1 + 6; a match dated Day1 + 5 would come before it.
        Given(StepsUpTo(AdoptionStep.PlacementOrderMade).Journey).When(new TakeAdoptionStep(StepsFrom, AdoptionStep.Matched))
            .ShouldBeRefusedOn("takenAt");
    }

    [Theory]
    [InlineData(AdoptionStep.LifeStoryBookGiven)]
    [InlineData(AdoptionStep.LaterLifeLetterGiven)]
    public void Life_story_work_follows_the_adoption_order(AdoptionStep step)
    {
        Given(StepsUpTo(AdoptionStep.Placed).Journey).When(new TakeAdoptionStep(TakenAt, step))
            .ShouldBeRefusedWith(("step", "life-story-work-after-the-order"));
        Given(StepsUpTo(AdoptionStep.AdoptionOrderMade).Journey).When(new TakeAdoptionStep(TakenAt, step))
            .ShouldAppend(new AdoptionStepTaken(1, TakenAt, step));
    }

    [Theory]
    [InlineData(AdoptionStep.LifeStoryBookGiven)]
    [InlineData(AdoptionStep.LaterLifeLetterGiven)]
    public void Life_story_work_is_recorded_after_the_child_has_left_care(AdoptionStep step) =>
        Given(Adopted().Journey).When(new TakeAdoptionStep(LeftAt.AddDays(30), step)).ShouldAppend(new AdoptionStepTaken(1, LeftAt.AddDays(30), step));

    [Fact]
    public void Life_story_work_belongs_to_the_latest_period_of_care()
    {
        var journey = Adopted().EnteredCare(ReEnteredAt, "V2", planned: false).LeftCare(ReEnteredAt.AddDays(2), "E8").Journey;

        Given(journey).When(new TakeAdoptionStep(ReEnteredAt.AddDays(5), AdoptionStep.LifeStoryBookGiven))
            .ShouldAppend(new AdoptionStepTaken(2, ReEnteredAt.AddDays(5), AdoptionStep.LifeStoryBookGiven));
    }

    [Fact]
    public void The_later_life_letter_does_not_wait_for_the_life_story_book() =>
        Given(Adopted().Journey).When(new TakeAdoptionStep(LeftAt.AddDays(1), AdoptionStep.LaterLifeLetterGiven))
            .ShouldAppend(new AdoptionStepTaken(1, LeftAt.AddDays(1), AdoptionStep.LaterLifeLetterGiven));

    [Theory]
    [InlineData(AdoptionStep.LifeStoryBookGiven)]
    [InlineData(AdoptionStep.LaterLifeLetterGiven)]
    public void Life_story_work_is_recorded_once(AdoptionStep step) =>
        Given(Adopted().TookAdoptionStep(LeftAt.AddDays(1), step).Journey).When(new TakeAdoptionStep(LeftAt.AddDays(40), step))
            .ShouldBeRefusedWith(("step", "each-adoption-step-once"));

    [Fact]
    public void Life_story_work_for_a_child_never_in_care_has_no_adoption_order_to_follow() =>
        Given(JourneyBuilder.Child().Contacted().Journey).When(new TakeAdoptionStep(TakenAt, AdoptionStep.LifeStoryBookGiven))
            .ShouldBeRefusedWith(("step", "life-story-work-after-the-order"));

    [Fact]
    public void Life_story_work_cannot_be_dated_before_the_adoption_order()
    {
        // The adoption order was made on Day1 + 9; a life-story book given on Day1 + 7 came before it.
        Given(Adopted().Journey).When(new TakeAdoptionStep(Day1.AddDays(7), AdoptionStep.LifeStoryBookGiven)).ShouldBeRefusedOn("takenAt");
    }

    [Fact]
    public void The_celebration_follows_the_adoption_order_even_after_the_child_has_left_care()
    {
        Given(StepsUpTo(AdoptionStep.Placed).Journey).When(new TakeAdoptionStep(TakenAt, AdoptionStep.CelebrationHeld))
            .ShouldBeRefusedWith(("step", "adoption-steps-in-order"));
        Given(Adopted().Journey).When(new TakeAdoptionStep(LeftAt.AddDays(20), AdoptionStep.CelebrationHeld))
            .ShouldAppend(new AdoptionStepTaken(1, LeftAt.AddDays(20), AdoptionStep.CelebrationHeld));
    }

    [Fact]
    public void The_celebration_cannot_be_dated_before_the_adoption_order()
    {
        // The adoption order was made on Day1 + 9.
        Given(Adopted().Journey).When(new TakeAdoptionStep(Day1.AddDays(9) - Tick, AdoptionStep.CelebrationHeld)).ShouldBeRefusedOn("takenAt");
        Given(Adopted().Journey).When(new TakeAdoptionStep(Day1.AddDays(9), AdoptionStep.CelebrationHeld))
            .ShouldAppend(new AdoptionStepTaken(1, Day1.AddDays(9), AdoptionStep.CelebrationHeld));
    }

    [Theory]
    [InlineData(AdoptionStep.LifeStoryBookGiven)]
    [InlineData(AdoptionStep.LaterLifeLetterGiven)]
    public void Life_story_work_follows_a_recorded_celebration(AdoptionStep step)
    {
        var celebrated = LeftAt.AddDays(20);
        var journey = Adopted().TookAdoptionStep(celebrated, AdoptionStep.CelebrationHeld).Journey;

        Given(journey).When(new TakeAdoptionStep(celebrated - Tick, step)).ShouldBeRefusedWith(("takenAt", "life-story-work-after-the-celebration"));
        Given(journey).When(new TakeAdoptionStep(celebrated, step)).ShouldAppend(new AdoptionStepTaken(1, celebrated, step));
    }

    [Theory]
    [InlineData(AdoptionStep.LifeStoryBookGiven)]
    [InlineData(AdoptionStep.LaterLifeLetterGiven)]
    public void A_celebration_is_recorded_before_the_life_story_work_it_is_measured_from(AdoptionStep step) =>
        Given(Adopted().TookAdoptionStep(LeftAt.AddDays(25), step).Journey).When(new TakeAdoptionStep(LeftAt.AddDays(20), AdoptionStep.CelebrationHeld))
            .ShouldBeRefusedWith(("step", "celebration-before-life-story-work"));

    [Fact]
    public void The_celebration_is_held_once() =>
        Given(Adopted().TookAdoptionStep(LeftAt.AddDays(20), AdoptionStep.CelebrationHeld).Journey).When(new TakeAdoptionStep(LeftAt.AddDays(30), AdoptionStep.CelebrationHeld))
            .ShouldBeRefusedWith(("step", "each-adoption-step-once"));

    [Fact]
    public void The_celebration_does_not_count_as_a_step_in_care()
    {
        var journey = StepsUpTo(AdoptionStep.AdoptionOrderMade).TookAdoptionStep(Day1.AddDays(15), AdoptionStep.CelebrationHeld).Journey;
        Given(journey).When(new LeaveCare(Day1.AddDays(10), "E11")).ShouldAppend(new LeftCare(1, Day1.AddDays(10), "E11"));
    }

    [Fact]
    public void When_it_was_taken_is_required() =>
        Given(InCare()).When(new TakeAdoptionStep(null, AdoptionStep.DecisionMakerAgreed)).ShouldBeRefusedWith(("takenAt", "required"));

    [Fact]
    public void Cannot_be_taken_in_the_future_beyond_the_clock_skew()
    {
        Given(InCare()).When(new TakeAdoptionStep(JustInsideSkew, AdoptionStep.DecisionMakerAgreed))
            .ShouldAppend(new AdoptionStepTaken(1, JustInsideSkew, AdoptionStep.DecisionMakerAgreed));
        Given(InCare()).When(new TakeAdoptionStep(JustOutsideSkew, AdoptionStep.DecisionMakerAgreed))
            .ShouldBeRefusedWith(("takenAt", "not-in-future"));
    }

    [Fact]
    public void The_step_is_required() =>
        Given(InCare()).When(new TakeAdoptionStep(TakenAt, null)).ShouldBeRefusedWith(("step", "required"));

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    [InlineData(99)]
    public void The_step_is_a_known_value(int step)
    {
        var decision = Given(InCare()).When(new TakeAdoptionStep(TakenAt, (AdoptionStep)step));

        decision.IsRefused.ShouldBeTrue();
        decision.Events.ShouldBeEmpty();
        decision.Violations.ShouldContain(v => v.Field == "step" && v.Rule == "known-value");
    }

    [Fact]
    public void Needs_the_child_in_care()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(new TakeAdoptionStep(TakenAt, AdoptionStep.DecisionMakerAgreed))
            .ShouldBeRefusedWith(("takenAt", "needs-child-in-care"));
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new TakeAdoptionStep(LeftAt.AddDays(1), AdoptionStep.DecisionMakerAgreed))
            .ShouldBeRefusedWith(("takenAt", "needs-child-in-care"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_child_entered_care()
    {
        Given(InCare()).When(new TakeAdoptionStep(EnteredAt, AdoptionStep.DecisionMakerAgreed))
            .ShouldAppend(new AdoptionStepTaken(1, EnteredAt, AdoptionStep.DecisionMakerAgreed));
        Given(InCare()).When(new TakeAdoptionStep(EnteredAt - Tick, AdoptionStep.DecisionMakerAgreed))
            .ShouldBeRefusedWith(("takenAt", "within-the-period-of-care"));
    }

    [Fact]
    public void Steps_up_to_the_order_count_as_steps_in_care_but_life_story_work_does_not()
    {
        var journey = StepsUpTo(AdoptionStep.AdoptionOrderMade).Journey; // order on Day1 + 9

        Given(journey).When(new LeaveCare(Day1.AddDays(9) - Tick, "E11")).ShouldBeRefusedWith(("leftAt", "after-the-last-step-in-care"));

        var withBook = StepsUpTo(AdoptionStep.AdoptionOrderMade).TookAdoptionStep(Day1.AddDays(15), AdoptionStep.LifeStoryBookGiven).Journey;
        Given(withBook).When(new LeaveCare(Day1.AddDays(10), "E11")).ShouldAppend(new LeftCare(1, Day1.AddDays(10), "E11"));
    }
}
