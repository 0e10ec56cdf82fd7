using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LookedAfter;

public sealed class ChangeLegalStatusTests : PeriodOfCareStepTests
{
    private static readonly DateTimeOffset ChangedAt = EnteredAt.AddDays(5);

    protected override string Field => "changedAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new ChangeLegalStatus(at, "C1");
    protected override IJourneyEvent Appended(int period, DateTimeOffset at) => new LegalStatusChanged(period, at, "C1");
    protected override DateTimeOffset UsualAt => ChangedAt;
    protected override DateTimeOffset IntoTheFirstPeriod => Day1.AddDays(10);
    protected override ChildJourney InCare() => JourneyBuilder.Child().InCare().Journey; // period 1, C2, from EnteredAt

    [Fact]
    public void Records_the_new_legal_status_against_the_period_of_care() =>
        Given(InCare()).When(new ChangeLegalStatus(ChangedAt, "E1")).ShouldAppend(new LegalStatusChanged(1, ChangedAt, "E1"));

    [Fact]
    public void The_change_folds_onto_the_period_of_care()
    {
        var journey = JourneyBuilder.Child().InCare().LegalStatusChanged(ChangedAt, "E1").Journey;

        journey.OpenCareEpisode.ShouldBe(new CareEpisodeState(1, EnteredAt, "E1", null, null, false, ChangedAt, ChangedAt, Entry: Entered));
    }

    [Fact]
    public void In_the_second_period_of_care_it_is_recorded_against_period_two()
    {
        var at = ReEnteredAt.AddDays(2);

        Given(JourneyBuilder.Child().BackInCare().Journey).When(new ChangeLegalStatus(at, "C1"))
            .ShouldAppend(new LegalStatusChanged(2, at, "C1"));
    }

    [Theory]
    [MemberData(nameof(LegalStatusesOtherThan), "C2", MemberType = typeof(LookedAfterJourneys))]
    public void Accepts_every_other_SSDA903_legal_status(string legalStatus) =>
        Given(InCare()).When(new ChangeLegalStatus(ChangedAt, legalStatus)).ShouldAppend(new LegalStatusChanged(1, ChangedAt, legalStatus));

    [Theory]
    [InlineData("C3")]
    [InlineData("e1")]
    [InlineData("E1 ")]
    [InlineData("E11")] // a reason episode ceased, not a legal status
    [InlineData("")]
    public void Refuses_a_legal_status_outside_the_SSDA903_list(string legalStatus) =>
        ShouldRefuseTheCode(new ChangeLegalStatus(ChangedAt, legalStatus), "legalStatus", "ssda903-legal-status", legalStatus);

    [Fact]
    public void The_new_legal_status_is_required() =>
        Given(InCare()).When(new ChangeLegalStatus(ChangedAt, null)).ShouldBeRefusedWith(("legalStatus", "required"));

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new ChangeLegalStatus(null, null)).ShouldBeRefusedWith(
            ("changedAt", "required"),
            ("legalStatus", "required"),
            ("changedAt", "needs-child-in-care"));

    [Fact]
    public void Must_change_the_legal_status()
    {
        var decision = Given(InCare()).When(new ChangeLegalStatus(ChangedAt, "C2"));

        decision.ShouldBeRefusedWith(("legalStatus", "changes-the-legal-status"));
        decision.MessageFor("changes-the-legal-status").ShouldContain("C2");
    }

    [Fact]
    public void After_a_change_the_new_status_is_the_one_to_change_from()
    {
        var journey = JourneyBuilder.Child().InCare().LegalStatusChanged(ChangedAt, "E1").Journey;
        var later = ChangedAt.AddDays(3);

        Given(journey).When(new ChangeLegalStatus(later, "E1")).ShouldBeRefusedWith(("legalStatus", "changes-the-legal-status"));
        Given(journey).When(new ChangeLegalStatus(later, "C2")).ShouldAppend(new LegalStatusChanged(1, later, "C2"));
    }

    [Fact]
    public void Several_problems_are_all_reported() =>
        Given(InCare()).When(new ChangeLegalStatus(EnteredAt - Tick, "C2")).ShouldBeRefusedWith(
            ("changedAt", "within-the-period-of-care"),
            ("legalStatus", "changes-the-legal-status"));

    // Back-dating: changes follow one another in time, so a change dated before the latest one is
    // refused, whether or not it would have been a change on that date.

    [Fact]
    public void A_back_dated_change_to_the_status_in_force_then_is_refused_as_before_the_latest_change()
    {
        // C2 from EnteredAt, E1 from Day1+20. On Day1+10 the status was C2.
        var journey = JourneyBuilder.Child().InCare().LegalStatusChanged(Day1.AddDays(20), "E1").Journey;

        Given(journey).When(new ChangeLegalStatus(Day1.AddDays(10), "C2"))
            .ShouldBeRefusedWith(("changedAt", "after-the-last-change"));
    }

    [Fact]
    public void A_change_cannot_be_dated_before_the_latest_change()
    {
        // Accepted, it would fold as the current status (D1) although E1, from Day1+20, is the later by date.
        var journey = JourneyBuilder.Child().InCare().LegalStatusChanged(Day1.AddDays(20), "E1").Journey;

        Given(journey).When(new ChangeLegalStatus(Day1.AddDays(10), "D1")).ShouldBeRefusedWith(("changedAt", "after-the-last-change"));
    }

    [Fact]
    public void A_change_at_the_instant_of_the_latest_change_is_accepted()
    {
        var journey = JourneyBuilder.Child().InCare().LegalStatusChanged(Day1.AddDays(20), "E1").Journey;

        Given(journey).When(new ChangeLegalStatus(Day1.AddDays(20), "D1")).ShouldAppend(new LegalStatusChanged(1, Day1.AddDays(20), "D1"));
    }
}
