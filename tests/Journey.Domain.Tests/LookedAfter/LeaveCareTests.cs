using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LookedAfter;

public sealed class LeaveCareTests
{
    private static ChildJourney InCare() => JourneyBuilder.Child().InCare().Journey;             // period 1 from EnteredAt, no placement
    private static ChildJourney InCarePlaced() => JourneyBuilder.Child().InCarePlaced().Journey; // ... placement 1 from FirstPlacementAt

    [Fact]
    public void Ends_the_period_of_care_with_its_reason() =>
        Given(InCarePlaced()).When(new LeaveCare(LeftAt, "E4A")).ShouldAppend(new LeftCare(1, LeftAt, "E4A"));

    [Fact]
    public void Leaving_folds_the_end_onto_the_period_of_care()
    {
        var journey = JourneyBuilder.Child().CareLeaver().Journey;

        journey.OpenCareEpisode.ShouldBeNull();
        journey.EverInCare.ShouldBeTrue();
        journey.CareEpisodes.ShouldBe(new[] { new CareEpisodeState(1, EnteredAt, "C2", LeftAt, FirstPlacementAt, false, EnteredAt, EnteredAt, Entry: Entered, ReasonCeased: "E4A") });
    }

    [Fact]
    public void Leaving_the_second_period_of_care_ends_period_two()
    {
        var at = ReEnteredAt.AddDays(10);

        Given(JourneyBuilder.Child().BackInCare().Journey).When(new LeaveCare(at, "E8")).ShouldAppend(new LeftCare(2, at, "E8"));
    }

    [Theory]
    [InlineData("E11")]
    [InlineData("E12")]
    [InlineData("E13")]
    [InlineData("E14")]
    [InlineData("E15")]
    [InlineData("E16")]
    [InlineData("E17")]
    [InlineData("E2")]
    [InlineData("E3")]
    [InlineData("E41")]
    [InlineData("E45")]
    [InlineData("E46")]
    [InlineData("E47")]
    [InlineData("E48")]
    [InlineData("E4A")]
    [InlineData("E4B")]
    [InlineData("E5")]
    [InlineData("E6")]
    [InlineData("E7")]
    [InlineData("E8")]
    [InlineData("E9")]
    public void Accepts_every_SSDA903_reason_episode_ceased(string reason) =>
        Given(InCarePlaced()).When(new LeaveCare(LeftAt, reason)).ShouldAppend(new LeftCare(1, LeftAt, reason));

    [Theory]
    [InlineData("E1")]
    [InlineData("E4")]
    [InlineData("E10")]
    [InlineData("e4a")]
    [InlineData("E4A ")]
    [InlineData("CARPL")] // a reason for placement change
    [InlineData("Returned home")]
    [InlineData("")]
    public void Refuses_a_reason_outside_the_SSDA903_list(string reason)
    {
        var decision = Given(InCarePlaced()).When(new LeaveCare(LeftAt, reason));

        decision.ShouldBeRefusedWith(("reasonCeased", "ssda903-reason-episode-ceased"));
        decision.MessageFor("ssda903-reason-episode-ceased").ShouldContain($"'{reason}'");
    }

    [Fact]
    public void The_reason_is_required() =>
        Given(InCarePlaced()).When(new LeaveCare(LeftAt, null)).ShouldBeRefusedWith(("reasonCeased", "required"));

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new LeaveCare(null, null)).ShouldBeRefusedWith(
            ("leftAt", "required"),
            ("reasonCeased", "required"),
            ("leftAt", "needs-child-in-care"));

    [Fact]
    public void Needs_the_child_in_care()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(new LeaveCare(LeftAt, "E4A"))
            .ShouldBeRefusedWith(("leftAt", "needs-child-in-care"));
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new LeaveCare(LeftAt.AddDays(1), "E4A"))
            .ShouldBeRefusedWith(("leftAt", "needs-child-in-care"));
    }

    [Fact]
    public void A_period_of_care_with_no_placement_may_end_at_the_instant_it_began() =>
        Given(InCare()).When(new LeaveCare(EnteredAt, "E4B")).ShouldAppend(new LeftCare(1, EnteredAt, "E4B"));

    [Fact]
    public void Cannot_end_before_the_period_of_care_began() =>
        Given(InCare()).When(new LeaveCare(EnteredAt - Tick, "E4B")).ShouldBeRefusedWith(("leftAt", "within-the-period-of-care"));

    [Fact]
    public void May_end_at_the_instant_the_last_placement_started() =>
        Given(InCarePlaced()).When(new LeaveCare(FirstPlacementAt, "E13")).ShouldAppend(new LeftCare(1, FirstPlacementAt, "E13"));

    [Fact]
    public void Cannot_end_before_the_last_placement_started()
    {
        Given(InCarePlaced()).When(new LeaveCare(FirstPlacementAt - Tick, "E13"))
            .ShouldBeRefusedWith(("leftAt", "after-the-last-placement"));

        // Judged against the latest placement, not the first.
        var secondAt = Day1.AddDays(10);
        var journey = JourneyBuilder.Child().InCarePlaced().Placed(secondAt, "K2", "CHILD").Journey;
        Given(journey).When(new LeaveCare(secondAt - Tick, "E13")).ShouldBeRefusedWith(("leftAt", "after-the-last-placement"));
        Given(journey).When(new LeaveCare(secondAt, "E13")).ShouldAppend(new LeftCare(1, secondAt, "E13"));
    }

    [Fact]
    public void Placements_of_an_earlier_period_do_not_hold_back_the_end_of_a_later_one()
    {
        // Period 2 has no placement yet; placement 1 (period 1) is before it anyway, but the rule must not look at it.
        Given(JourneyBuilder.Child().BackInCare().Journey).When(new LeaveCare(ReEnteredAt, "E4B"))
            .ShouldAppend(new LeftCare(2, ReEnteredAt, "E4B"));
    }

    [Fact]
    public void In_the_second_period_cannot_be_dated_into_the_first() =>
        Given(JourneyBuilder.Child().BackInCare().Journey).When(new LeaveCare(ReEnteredAt - Tick, "E4B"))
            .ShouldBeRefusedWith(("leftAt", "within-the-period-of-care"));

    [Fact]
    public void Left_just_inside_the_clock_skew_allowance() =>
        Given(InCarePlaced()).When(new LeaveCare(JustInsideSkew, "E4A")).ShouldAppend(new LeftCare(1, JustInsideSkew, "E4A"));

    [Fact]
    public void Left_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(InCarePlaced()).When(new LeaveCare(JustOutsideSkew, "E4A")).ShouldBeRefusedWith(("leftAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        Given(InCarePlaced()).When(new LeaveCare(EnteredAt - Tick, "E99")).ShouldBeRefusedWith(
            ("reasonCeased", "ssda903-reason-episode-ceased"),
            ("leftAt", "within-the-period-of-care"),
            ("leftAt", "after-the-last-placement"));

    // Back-dating. Only the last placement holds the end of care back; every other step recorded
    // within the period (and checked to be within it) can be left stranded after the period's end.

    [Theory]
    [InlineData("legal status change")]
    [InlineData("looked-after review")]
    [InlineData("looked-after visit")]
    [InlineData("health assessment")]
    [InlineData("personal education plan")]
    public void Cannot_end_before_a_step_already_recorded_within_the_period(string step)
    {
        var stepAt = Day1.AddDays(20);
        var inCare = JourneyBuilder.Child().InCarePlaced();
        var journey = (step switch
        {
            "legal status change" => inCare.LegalStatusChanged(stepAt, "E1"),
            "looked-after review" => inCare.Reviewed(stepAt),
            "looked-after visit" => inCare.Visited(stepAt),
            "health assessment" => inCare.HealthAssessed(stepAt),
            "personal education plan" => inCare.EducationPlan(stepAt),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        }).Journey;

        // Accepted, the step of Day1+20 would fall after a period of care that ended on Day1+10.
        Given(journey).When(new LeaveCare(Day1.AddDays(10), "E4A")).ShouldBeRefusedOn("leftAt");
    }

    [Fact]
    public void May_end_at_the_instant_of_the_last_step_recorded_within_the_period()
    {
        var stepAt = Day1.AddDays(20);
        var journey = JourneyBuilder.Child().InCarePlaced().Reviewed(stepAt).Visited(stepAt).Journey;

        Given(journey).When(new LeaveCare(stepAt, "E4A")).ShouldAppend(new LeftCare(1, stepAt, "E4A"));
    }
}
