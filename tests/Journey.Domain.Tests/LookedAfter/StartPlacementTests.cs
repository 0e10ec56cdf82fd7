using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LookedAfter;

public sealed class StartPlacementTests : PeriodOfCareStepTests
{
    private static readonly DateTimeOffset SecondPlacementAt = Day1.AddDays(10);

    protected override string Field => "startedAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new StartPlacement(at, "U6");
    protected override IJourneyEvent Appended(int period, DateTimeOffset at) => new PlacementStarted(1, period, at, "U6", null, false, null);
    protected override DateTimeOffset UsualAt => FirstPlacementAt;
    // The first placement of period 1, so the steps the shared rules decide are placement 1 and give no reason for change.
    protected override ChildJourney InCare() => JourneyBuilder.Child().InCare().Journey; // period 1 from EnteredAt, no placement
    private static ChildJourney InCarePlaced() => JourneyBuilder.Child().InCarePlaced().Journey; // ... placement 1 from FirstPlacementAt

    [Fact]
    public void The_first_placement_is_number_one_and_keeps_every_detail() =>
        Given(InCare()).When(new StartPlacement(FirstPlacementAt, "U6", "In-house foster carers", false, null))
            .ShouldAppend(new PlacementStarted(1, 1, FirstPlacementAt, "U6", "In-house foster carers", false, null));

    [Fact]
    public void Provider_and_out_of_area_are_optional() =>
        Given(InCare()).When(new StartPlacement(FirstPlacementAt, "K2"))
            .ShouldAppend(new PlacementStarted(1, 1, FirstPlacementAt, "K2", null, false, null));

    [Fact]
    public void A_later_placement_is_numbered_on_and_gives_its_reason_for_change() =>
        Given(InCarePlaced()).When(new StartPlacement(SecondPlacementAt, "K2", "Oak House", true, "CARPL"))
            .ShouldAppend(new PlacementStarted(2, 1, SecondPlacementAt, "K2", "Oak House", true, "CARPL"));

    [Fact]
    public void The_placement_folds_onto_the_period_of_care()
    {
        InCare().OpenCareEpisode!.LastPlacementStartedAt.ShouldBeNull();
        InCarePlaced().OpenCareEpisode!.LastPlacementStartedAt.ShouldBe(FirstPlacementAt);
        JourneyBuilder.Child().InCarePlaced().Placed(SecondPlacementAt, "K2", "CHILD").Journey
            .OpenCareEpisode!.LastPlacementStartedAt.ShouldBe(SecondPlacementAt);
    }

    [Fact]
    public void Placements_are_numbered_across_periods_of_care_and_a_new_period_starts_with_a_first_placement()
    {
        // Placement 1 was in period 1; the first placement of period 2 is placement 2, with no reason for change.
        var journey = JourneyBuilder.Child().BackInCare().Journey;
        var at = ReEnteredAt.AddHours(1);

        Given(journey).When(new StartPlacement(at, "U4")).ShouldAppend(new PlacementStarted(2, 2, at, "U4", null, false, null));
    }

    [Fact]
    public void Placement_numbers_count_every_placement_before()
    {
        var journey = JourneyBuilder.Child().InCarePlaced().Placed(SecondPlacementAt, "K2", "CHILD").LeftCare(LeftAt)
            .EnteredCare(ReEnteredAt).Placed(ReEnteredAt.AddHours(1)).Journey;
        var at = ReEnteredAt.AddDays(3);

        Given(journey).When(new StartPlacement(at, "R1", null, false, "STAND"))
            .ShouldAppend(new PlacementStarted(4, 2, at, "R1", null, false, "STAND"));
    }

    [Fact]
    public void The_first_placement_of_a_new_period_has_no_reason_for_change() =>
        Given(JourneyBuilder.Child().BackInCare().Journey).When(new StartPlacement(ReEnteredAt.AddHours(1), "U4", null, false, "CARPL"))
            .ShouldBeRefusedWith(("reasonForChange", "first-placement-has-no-change-reason"));

    [Theory]
    [InlineData("A3")]
    [InlineData("A4")]
    [InlineData("A5")]
    [InlineData("A6")]
    [InlineData("H5")]
    [InlineData("K1")]
    [InlineData("K2")]
    [InlineData("P1")]
    [InlineData("P2")]
    [InlineData("P3")]
    [InlineData("R1")]
    [InlineData("R2")]
    [InlineData("R3")]
    [InlineData("R5")]
    [InlineData("S1")]
    [InlineData("T0")]
    [InlineData("U1")]
    [InlineData("U2")]
    [InlineData("U3")]
    [InlineData("U4")]
    [InlineData("U5")]
    [InlineData("U6")]
    [InlineData("Z1")]
    public void Accepts_every_SSDA903_placement_type(string placementType) =>
        Given(InCare()).When(new StartPlacement(FirstPlacementAt, placementType))
            .ShouldAppend(new PlacementStarted(1, 1, FirstPlacementAt, placementType, null, false, null));

    [Theory]
    [InlineData("U7")]
    [InlineData("u6")]
    [InlineData("U6 ")]
    [InlineData("F1")] // an OC3 activity, not a placement type
    [InlineData("C2")] // a legal status
    [InlineData("Foster care")]
    [InlineData("")]
    public void Refuses_a_placement_type_outside_the_SSDA903_list(string placementType) =>
        ShouldRefuseTheCode(new StartPlacement(FirstPlacementAt, placementType), "placementType", "ssda903-placement-type", placementType);

    [Fact]
    public void The_placement_type_is_required() =>
        Given(InCare()).When(new StartPlacement(FirstPlacementAt, null)).ShouldBeRefusedWith(("placementType", "required"));

    [Theory]
    [InlineData("CARPL")]
    [InlineData("CLOSE")]
    [InlineData("ALLEG")]
    [InlineData("STAND")]
    [InlineData("APPRR")]
    [InlineData("CREQB")]
    [InlineData("CREQO")]
    [InlineData("CHILD")]
    [InlineData("LAREQ")]
    [InlineData("PLACE")]
    [InlineData("CUSTOD")]
    [InlineData("OTHER")]
    public void Accepts_every_SSDA903_reason_for_a_placement_change(string reason) =>
        Given(InCarePlaced()).When(new StartPlacement(SecondPlacementAt, "K2", null, false, reason))
            .ShouldAppend(new PlacementStarted(2, 1, SecondPlacementAt, "K2", null, false, reason));

    [Theory]
    [InlineData("carpl")]
    [InlineData("CARP")]
    [InlineData("OTHER ")]
    [InlineData("E4A")] // a reason episode ceased
    [InlineData("Carer retired")]
    [InlineData("")]
    public void Refuses_a_reason_for_change_outside_the_SSDA903_list(string reason)
    {
        var decision = Given(InCarePlaced()).When(new StartPlacement(SecondPlacementAt, "K2", null, false, reason));

        decision.ShouldBeRefusedWith(("reasonForChange", "ssda903-placement-change-reason"));
        decision.MessageFor("ssda903-placement-change-reason").ShouldContain($"'{reason}'");
    }

    [Fact]
    public void A_later_placement_needs_a_reason_for_change() =>
        Given(InCarePlaced()).When(new StartPlacement(SecondPlacementAt, "K2")).ShouldBeRefusedWith(("reasonForChange", "required"));

    [Theory]
    [InlineData("CARPL")]
    [InlineData("NOT-A-CODE")]
    public void The_first_placement_has_no_reason_for_change(string reason) =>
        Given(InCare()).When(new StartPlacement(FirstPlacementAt, "U6", null, false, reason))
            .ShouldBeRefusedWith(("reasonForChange", "first-placement-has-no-change-reason"));

    [Fact]
    public void A_later_placement_may_start_at_the_instant_the_previous_one_did() =>
        Given(InCarePlaced()).When(new StartPlacement(FirstPlacementAt, "K2", null, false, "PLACE"))
            .ShouldAppend(new PlacementStarted(2, 1, FirstPlacementAt, "K2", null, false, "PLACE"));

    [Fact]
    public void A_later_placement_cannot_start_before_the_previous_one()
    {
        Given(InCarePlaced()).When(new StartPlacement(FirstPlacementAt - Tick, "K2", null, false, "PLACE"))
            .ShouldBeRefusedWith(("startedAt", "after-the-previous-placement"));

        // Judged against the latest placement, not the first.
        var journey = JourneyBuilder.Child().InCarePlaced().Placed(SecondPlacementAt, "K2", "CHILD").Journey;
        Given(journey).When(new StartPlacement(SecondPlacementAt - Tick, "R1", null, false, "OTHER"))
            .ShouldBeRefusedWith(("startedAt", "after-the-previous-placement"));
    }

    [Fact]
    public void Provider_is_at_most_200_characters()
    {
        Given(InCare()).When(new StartPlacement(FirstPlacementAt, "U6", new string('p', 200))).ShouldBeAccepted();
        Given(InCare()).When(new StartPlacement(FirstPlacementAt, "U6", new string('p', 201)))
            .ShouldBeRefusedWith(("provider", "max-length"));
    }

    [Fact]
    public void In_the_second_period_cannot_start_before_it_began()
    {
        var journey = JourneyBuilder.Child().BackInCare().Journey;

        Given(journey).When(new StartPlacement(ReEnteredAt - Tick, "U4")).ShouldBeRefusedWith(("startedAt", "within-the-period-of-care"));
        Given(journey).When(new StartPlacement(Day1.AddDays(10), "U4")).ShouldBeRefusedWith(("startedAt", "within-the-period-of-care"));
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new StartPlacement(null, null)).ShouldBeRefusedWith(
            ("startedAt", "required"),
            ("placementType", "required"),
            ("startedAt", "needs-child-in-care"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(InCarePlaced()).When(new StartPlacement(FirstPlacementAt - Tick, "U9", new string('p', 201), false, "nope")).ShouldBeRefusedWith(
            ("placementType", "ssda903-placement-type"),
            ("provider", "max-length"),
            ("reasonForChange", "ssda903-placement-change-reason"),
            ("startedAt", "after-the-previous-placement"));
        Given(InCare()).When(new StartPlacement(EnteredAt - Tick, "U6", null, false, "CARPL")).ShouldBeRefusedWith(
            ("startedAt", "within-the-period-of-care"),
            ("reasonForChange", "first-placement-has-no-change-reason"));
    }
}
