using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Rules;
using static Journey.Domain.Tests.LookedAfterAndMissing.LookedAfterJourneys;
using static Journey.Domain.Tests.Rules.Moments;

namespace Journey.Domain.Tests.LookedAfterAndMissing;

public sealed class LeaveCareTests
{
    private static ChildJourney InCare() => JourneyBuilder.Child().InCare().Journey;             // period 1 from EnteredAt, no placement
    private static ChildJourney InCarePlaced() => JourneyBuilder.Child().InCarePlaced().Journey; // ... placement 1 from FirstPlacementAt

    [Fact]
    public void Ends_the_period_of_care_with_its_reason() =>
        new LeaveCare(LeftAt, "E4A").Decide(InCarePlaced(), Now).ShouldAppend(new LeftCare(1, LeftAt, "E4A"));

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

        new LeaveCare(at, "E8").Decide(JourneyBuilder.Child().BackInCare().Journey, Now).ShouldAppend(new LeftCare(2, at, "E8"));
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
        new LeaveCare(LeftAt, reason).Decide(InCarePlaced(), Now).ShouldAppend(new LeftCare(1, LeftAt, reason));

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
        var decision = new LeaveCare(LeftAt, reason).Decide(InCarePlaced(), Now);

        decision.ShouldBeRefusedWith(("reasonCeased", "ssda903-reason-episode-ceased"));
        decision.MessageFor("ssda903-reason-episode-ceased").ShouldContain($"'{reason}'");
    }

    [Fact]
    public void The_reason_is_required() =>
        new LeaveCare(LeftAt, null).Decide(InCarePlaced(), Now).ShouldBeRefusedWith(("reasonCeased", "required"));

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        new LeaveCare(null, null).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("leftAt", "required"),
            ("reasonCeased", "required"),
            ("leftAt", "needs-child-in-care"));

    [Fact]
    public void Needs_the_child_in_care()
    {
        new LeaveCare(LeftAt, "E4A").Decide(JourneyBuilder.Child().Contacted().Journey, Now)
            .ShouldBeRefusedWith(("leftAt", "needs-child-in-care"));
        new LeaveCare(LeftAt.AddDays(1), "E4A").Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
            .ShouldBeRefusedWith(("leftAt", "needs-child-in-care"));
    }

    [Fact]
    public void A_period_of_care_with_no_placement_may_end_at_the_instant_it_began() =>
        new LeaveCare(EnteredAt, "E4B").Decide(InCare(), Now).ShouldAppend(new LeftCare(1, EnteredAt, "E4B"));

    [Fact]
    public void Cannot_end_before_the_period_of_care_began() =>
        new LeaveCare(EnteredAt - Tick, "E4B").Decide(InCare(), Now).ShouldBeRefusedWith(("leftAt", "within-the-period-of-care"));

    [Fact]
    public void May_end_at_the_instant_the_last_placement_started() =>
        new LeaveCare(FirstPlacementAt, "E13").Decide(InCarePlaced(), Now).ShouldAppend(new LeftCare(1, FirstPlacementAt, "E13"));

    [Fact]
    public void Cannot_end_before_the_last_placement_started()
    {
        new LeaveCare(FirstPlacementAt - Tick, "E13").Decide(InCarePlaced(), Now)
            .ShouldBeRefusedWith(("leftAt", "after-the-last-placement"));

        // Judged against the latest placement, not the first.
        var secondAt = Day1.AddDays(10);
        var journey = JourneyBuilder.Child().InCarePlaced().Placed(secondAt, "K2", "CHILD").Journey;
        new LeaveCare(secondAt - Tick, "E13").Decide(journey, Now).ShouldBeRefusedWith(("leftAt", "after-the-last-placement"));
        new LeaveCare(secondAt, "E13").Decide(journey, Now).ShouldAppend(new LeftCare(1, secondAt, "E13"));
    }

    [Fact]
    public void Placements_of_an_earlier_period_do_not_hold_back_the_end_of_a_later_one()
    {
        // Period 2 has no placement yet; placement 1 (period 1) is before it anyway, but the rule must not look at it.
        new LeaveCare(ReEnteredAt, "E4B").Decide(JourneyBuilder.Child().BackInCare().Journey, Now)
            .ShouldAppend(new LeftCare(2, ReEnteredAt, "E4B"));
    }

    [Fact]
    public void In_the_second_period_cannot_be_dated_into_the_first() =>
        new LeaveCare(ReEnteredAt - Tick, "E4B").Decide(JourneyBuilder.Child().BackInCare().Journey, Now)
            .ShouldBeRefusedWith(("leftAt", "within-the-period-of-care"));

    [Fact]
    public void Left_just_inside_the_clock_skew_allowance() =>
        new LeaveCare(JustInsideSkew, "E4A").Decide(InCarePlaced(), Now).ShouldAppend(new LeftCare(1, JustInsideSkew, "E4A"));

    [Fact]
    public void Left_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new LeaveCare(JustOutsideSkew, "E4A").Decide(InCarePlaced(), Now).ShouldBeRefusedWith(("leftAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        new LeaveCare(EnteredAt - Tick, "E99").Decide(InCarePlaced(), Now).ShouldBeRefusedWith(
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
        new LeaveCare(Day1.AddDays(10), "E4A").Decide(journey, Now).ShouldBeRefusedOn("leftAt");
    }

    [Fact]
    public void May_end_at_the_instant_of_the_last_step_recorded_within_the_period()
    {
        var stepAt = Day1.AddDays(20);
        var journey = JourneyBuilder.Child().InCarePlaced().Reviewed(stepAt).Visited(stepAt).Journey;

        new LeaveCare(stepAt, "E4A").Decide(journey, Now).ShouldAppend(new LeftCare(1, stepAt, "E4A"));
    }
}
