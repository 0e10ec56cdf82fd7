using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.FrontDoor;

public sealed class AcceptReferralTests
{
    private static readonly DateTimeOffset AcceptedAt = Day1.AddHours(2);

    private static ChildJourney DecidedAs(FrontDoorOutcome outcome) =>
        JourneyBuilder.Child().Contact(Day1).Decided(Day1.AddHours(1), outcome).Journey;

    [Theory]
    [InlineData(FrontDoorOutcome.ReferralForAssessment)]
    [InlineData(FrontDoorOutcome.StrategyDiscussion)]
    public void A_contact_decided_for_referral_becomes_referral_one(FrontDoorOutcome outcome)
    {
        Given(DecidedAs(outcome)).When(new AcceptReferral(AcceptedAt, "N1"))
            .ShouldAppend(new ReferralAccepted(1, 1, AcceptedAt, "N1"));
    }

    [Fact]
    public void Primary_need_is_optional() =>
        Given(DecidedAs(FrontDoorOutcome.ReferralForAssessment)).When(new AcceptReferral(AcceptedAt))
            .ShouldAppend(new ReferralAccepted(1, 1, AcceptedAt, null));

    [Theory]
    [InlineData(FrontDoorOutcome.NoFurtherAction)]
    [InlineData(FrontDoorOutcome.Signpost)]
    [InlineData(FrontDoorOutcome.EarlyHelp)]
    public void A_contact_decided_otherwise_cannot_become_a_referral(FrontDoorOutcome outcome) =>
        Given(DecidedAs(outcome)).When(new AcceptReferral(AcceptedAt))
            .ShouldBeRefusedWith(("contactNumber", "referral-needs-referring-decision"));

    [Fact]
    public void A_contact_awaiting_its_decision_cannot_become_a_referral() =>
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new AcceptReferral(AcceptedAt))
            .ShouldBeRefusedWith(("contactNumber", "referral-needs-referring-decision"));

    [Fact]
    public void No_contact_no_referral() =>
        Given(ChildJourney.New("C1")).When(new AcceptReferral(AcceptedAt))
            .ShouldBeRefusedWith(("contactNumber", "referral-needs-referring-decision"));

    [Fact]
    public void A_named_contact_must_itself_be_decided_for_referral()
    {
        var journey = JourneyBuilder.Child()
            .Contact(Day1).Decided(Day1.AddHours(1), FrontDoorOutcome.ReferralForAssessment)
            .Contact(Day1.AddDays(1)).Decided(Day1.AddDays(1), FrontDoorOutcome.Signpost)
            .Journey;

        Given(journey).When(new AcceptReferral(AcceptedAt.AddDays(1), ContactNumber: 2))
            .ShouldBeRefusedWith(("contactNumber", "referral-needs-referring-decision"));
        Given(journey).When(new AcceptReferral(AcceptedAt, ContactNumber: 1))
            .ShouldAppend(new ReferralAccepted(1, 1, AcceptedAt, null));
    }

    [Fact]
    public void Without_a_contact_number_the_latest_referring_contact_is_taken()
    {
        var journey = JourneyBuilder.Child()
            .Contact(Day1).Decided(Day1.AddHours(1), FrontDoorOutcome.ReferralForAssessment)
            .Contact(Day1.AddDays(1)).Decided(Day1.AddDays(1).AddHours(1), FrontDoorOutcome.StrategyDiscussion)
            .Contact(Day1.AddDays(2)).Decided(Day1.AddDays(2).AddHours(1), FrontDoorOutcome.NoFurtherAction)
            .Journey;

        var at = Day1.AddDays(3);
        Given(journey).When(new AcceptReferral(at)).ShouldAppend(new ReferralAccepted(1, 2, at, null));
    }

    [Fact]
    public void One_referral_per_contact()
    {
        var journey = JourneyBuilder.Child().Referred().Journey;

        var decision = Given(journey).When(new AcceptReferral(AcceptedAt.AddHours(1), ContactNumber: 1));

        decision.ShouldBeRefusedWith(("contactNumber", "one-referral-per-contact"));
        decision.MessageFor("one-referral-per-contact").ShouldContain("Contact 1");
    }

    [Fact]
    public void A_second_referring_contact_becomes_referral_two()
    {
        var journey = JourneyBuilder.Child().Referred()
            .Contact(Day1.AddDays(20)).Decided(Day1.AddDays(20), FrontDoorOutcome.ReferralForAssessment)
            .Journey;

        var at = Day1.AddDays(21);
        Given(journey).When(new AcceptReferral(at, "N4")).ShouldAppend(new ReferralAccepted(2, 2, at, "N4"));
    }

    [Theory]
    [InlineData("N0")]
    [InlineData("N5")]
    [InlineData("N9")]
    public void Accepts_CIN_primary_need_codes(string need) =>
        Given(DecidedAs(FrontDoorOutcome.ReferralForAssessment)).When(new AcceptReferral(AcceptedAt, need))
            .ShouldBeAccepted();

    [Theory]
    [InlineData("N10")]
    [InlineData("n1")]
    [InlineData("1")]
    [InlineData("")]
    public void Refuses_primary_needs_outside_the_CIN_code_list(string need) =>
        Given(DecidedAs(FrontDoorOutcome.ReferralForAssessment)).When(new AcceptReferral(AcceptedAt, need))
            .ShouldBeRefusedWith(("primaryNeed", "cin-primary-need"));

    [Fact]
    public void Accepted_just_inside_the_clock_skew_allowance() =>
        Given(DecidedAs(FrontDoorOutcome.ReferralForAssessment)).When(new AcceptReferral(JustInsideSkew))
            .ShouldBeAccepted();

    [Fact]
    public void Accepted_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(DecidedAs(FrontDoorOutcome.ReferralForAssessment)).When(new AcceptReferral(JustOutsideSkew))
            .ShouldBeRefusedWith(("acceptedAt", "not-in-future"));

    [Fact]
    public void Accepted_date_is_required() =>
        Given(DecidedAs(FrontDoorOutcome.ReferralForAssessment)).When(new AcceptReferral(null))
            .ShouldBeRefusedWith(("acceptedAt", "required"));

    [Fact]
    public void Referral_cannot_be_accepted_before_its_contact_was_received()
    {
        var journey = DecidedAs(FrontDoorOutcome.ReferralForAssessment);

        Given(journey).When(new AcceptReferral(Day1)).ShouldBeAccepted();
        Given(journey).When(new AcceptReferral(Day1 - Tick))
            .ShouldBeRefusedWith(("acceptedAt", "referral-after-contact"));
    }

    [Fact]
    public void Several_problems_are_all_reported()
    {
        var journey = JourneyBuilder.Child().Referred().Journey;

        Given(journey).When(new AcceptReferral(JustOutsideSkew, "N99", ContactNumber: 1)).ShouldBeRefusedWith(
            ("acceptedAt", "not-in-future"),
            ("contactNumber", "one-referral-per-contact"),
            ("primaryNeed", "cin-primary-need"));
    }
}
