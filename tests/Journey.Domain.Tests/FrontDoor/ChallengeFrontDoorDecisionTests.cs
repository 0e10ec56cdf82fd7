using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.FrontDoor;

public sealed class ChallengeFrontDoorDecisionTests
{
    private static readonly DateTimeOffset DecidedAt = Day1.AddHours(1);
    private static readonly DateTimeOffset ChallengedAt = Day1.AddDays(2);

    private static ChallengeFrontDoorDecision Challenge(DateTimeOffset? at = null, bool? overturned = false, int? contactNumber = null) =>
        new(at ?? ChallengedAt, "Head teacher", "Risk underestimated", overturned, contactNumber);

    private static FrontDoorDecisionChallenged Challenged(int contact, DateTimeOffset at, bool overturned) =>
        new(contact, at, "Head teacher", "Risk underestimated", overturned);

    /// <summary>Contact 1 at Day1 09:00, decided NoFurtherAction at 10:00.</summary>
    private static JourneyBuilder Decided() => JourneyBuilder.Child().Contact(Day1).Decided(DecidedAt, FrontDoorOutcome.NoFurtherAction);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Records_the_challenge_and_whether_it_overturned_the_decision(bool overturned) =>
        Given(Decided().Journey).When(Challenge(overturned: overturned)).ShouldAppend(Challenged(1, ChallengedAt, overturned));

    [Fact]
    public void An_upheld_decision_stands()
    {
        var journey = Decided().DecisionChallenged(ChallengedAt, overturned: false).Journey;

        journey.Contacts.ShouldBe([new ContactState(1, Day1, FrontDoorOutcome.NoFurtherAction, DecidedAt)]);
        Given(journey)
            .When(new RecordFrontDoorDecision(Day1.AddDays(3), FrontDoorOutcome.ReferralForAssessment, "Reconsidered", "MASH manager", 1))
            .ShouldBeRefusedWith(("contactNumber", "one-decision-per-contact"));
    }

    [Fact]
    public void An_overturned_decision_leaves_the_contact_awaiting_a_new_decision()
    {
        var journey = Decided().DecisionChallenged(ChallengedAt, overturned: true).Journey;

        journey.Contacts.ShouldBe([new ContactState(1, Day1, null, null, ChallengedAt)]);
        Given(journey).When(new RecordFrontDoorDecision(Day1.AddDays(3), FrontDoorOutcome.ReferralForAssessment, "Reconsidered", "MASH manager"))
            .ShouldAppend(new FrontDoorDecisionMade(1, Day1.AddDays(3), FrontDoorOutcome.ReferralForAssessment, "Reconsidered", "MASH manager"));
    }

    [Fact]
    public void The_new_decision_after_an_overturn_can_be_referred_and_challenged_in_its_turn()
    {
        var journey = Decided().DecisionChallenged(ChallengedAt, overturned: true)
            .Decided(Day1.AddDays(3), FrontDoorOutcome.ReferralForAssessment).Journey;

        Given(journey).When(new AcceptReferral(Day1.AddDays(4))).ShouldAppend(new ReferralAccepted(1, 1, Day1.AddDays(4), null));
        Given(journey).When(Challenge(Day1.AddDays(3))).ShouldAppend(Challenged(1, Day1.AddDays(3), false));
        Given(journey).When(Challenge(Day1.AddDays(3) - Tick)).ShouldBeRefusedWith(("challengedAt", "challenge-after-decision"));
    }

    [Fact]
    public void A_new_decision_after_an_overturn_cannot_be_dated_before_the_challenge_that_overturned_the_old_one()
    {
        // Decided Day1 10:00, overturned on Day1 + 2: until then the first decision stood.
        var journey = Decided().DecisionChallenged(ChallengedAt, overturned: true).Journey;

        Given(journey).When(new RecordFrontDoorDecision(ChallengedAt - Tick, FrontDoorOutcome.ReferralForAssessment, "Reconsidered", "MASH manager")).ShouldBeRefusedOn("decidedAt");
    }

    [Fact]
    public void Without_a_contact_number_challenges_the_latest_decided_contact()
    {
        var journey = JourneyBuilder.Child().Contact(Day1).Contact(Day1.AddHours(1)).Contact(Day1.AddHours(2))
            .Decided(Day1.AddHours(3), FrontDoorOutcome.Signpost, contactNumber: 1)
            .Decided(Day1.AddHours(3), FrontDoorOutcome.NoFurtherAction, contactNumber: 2).Journey; // contact 3 awaiting

        Given(journey).When(Challenge()).ShouldAppend(Challenged(2, ChallengedAt, false));
        Given(journey).When(Challenge(contactNumber: 1)).ShouldAppend(Challenged(1, ChallengedAt, false));
    }

    [Fact]
    public void Needs_a_decision_to_challenge()
    {
        Given(ChildJourney.New("C1")).When(Challenge()).ShouldBeRefusedWith(("contactNumber", "challenge-a-decision"));
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(Challenge()).ShouldBeRefusedWith(("contactNumber", "challenge-a-decision"));
        Given(Decided().Contact(Day1.AddHours(2)).Journey).When(Challenge(contactNumber: 2))
            .ShouldBeRefusedWith(("contactNumber", "challenge-a-decision"));
        Given(Decided().Journey).When(Challenge(contactNumber: 9)).ShouldBeRefusedWith(("contactNumber", "challenge-a-decision"));
    }

    [Fact]
    public void An_overturned_decision_cannot_be_challenged_again_until_a_new_one_is_made() =>
        Given(Decided().DecisionChallenged(ChallengedAt, overturned: true).Journey).When(Challenge(Day1.AddDays(3), overturned: true))
            .ShouldBeRefusedWith(("contactNumber", "challenge-a-decision"));

    [Fact]
    public void An_upheld_decision_may_be_challenged_again() =>
        Given(Decided().DecisionChallenged(ChallengedAt, overturned: false).Journey).When(Challenge(Day1.AddDays(3), overturned: true))
            .ShouldAppend(Challenged(1, Day1.AddDays(3), true));

    [Fact]
    public void Cannot_overturn_a_decision_a_referral_was_accepted_from()
    {
        var journey = JourneyBuilder.Child().Referred().Journey; // contact 1 decided ReferralForAssessment, referral 1

        Given(journey).When(Challenge(overturned: true)).ShouldBeRefusedWith(("overturned", "overturn-before-referral"));
        Given(journey).When(Challenge(overturned: false)).ShouldAppend(Challenged(1, ChallengedAt, false));
    }

    [Fact]
    public void Once_the_referral_is_withdrawn_the_decision_may_be_overturned()
    {
        var journey = JourneyBuilder.Child().Referred().WithdrawnAt(3).Journey; // referral 1 was version 3

        Given(journey).When(Challenge(overturned: true)).ShouldAppend(Challenged(1, ChallengedAt, true));
    }

    [Fact]
    public void A_referral_from_another_contact_does_not_stop_an_overturn()
    {
        var journey = JourneyBuilder.Child().Referred().Contact(Day1.AddHours(3))
            .Decided(Day1.AddHours(4), FrontDoorOutcome.ReferralForAssessment, contactNumber: 2).Journey;

        Given(journey).When(Challenge(overturned: true, contactNumber: 2)).ShouldAppend(Challenged(2, ChallengedAt, true));
    }

    [Fact]
    public void Cannot_be_dated_before_the_decision()
    {
        Given(Decided().Journey).When(Challenge(DecidedAt)).ShouldAppend(Challenged(1, DecidedAt, false));
        Given(Decided().Journey).When(Challenge(DecidedAt - Tick)).ShouldBeRefusedWith(("challengedAt", "challenge-after-decision"));
    }

    [Fact]
    public void When_it_was_challenged_is_required() =>
        Given(Decided().Journey).When(new ChallengeFrontDoorDecision(null, "Head teacher", "Risk underestimated", false))
            .ShouldBeRefusedWith(("challengedAt", "required"));

    [Fact]
    public void Cannot_be_dated_in_the_future_beyond_the_clock_skew()
    {
        Given(Decided().Journey).When(Challenge(JustInsideSkew)).ShouldAppend(Challenged(1, JustInsideSkew, false));
        Given(Decided().Journey).When(Challenge(JustOutsideSkew)).ShouldBeRefusedWith(("challengedAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Who_challenged_is_required(string? by) =>
        Given(Decided().Journey).When(new ChallengeFrontDoorDecision(ChallengedAt, by, "Risk underestimated", false))
            .ShouldBeRefusedWith(("challengedBy", "required"));

    [Fact]
    public void Who_challenged_is_at_most_200_characters()
    {
        Given(Decided().Journey).When(new ChallengeFrontDoorDecision(ChallengedAt, new string('b', 200), "Risk", false)).ShouldBeAccepted();
        Given(Decided().Journey).When(new ChallengeFrontDoorDecision(ChallengedAt, new string('b', 201), "Risk", false))
            .ShouldBeRefusedWith(("challengedBy", "max-length"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_reason_is_required(string? reason) =>
        Given(Decided().Journey).When(new ChallengeFrontDoorDecision(ChallengedAt, "Head teacher", reason, false))
            .ShouldBeRefusedWith(("reason", "required"));

    [Fact]
    public void Whether_it_was_overturned_is_required() =>
        Given(JourneyBuilder.Child().Referred().Journey).When(Challenge(overturned: null)).ShouldBeRefusedWith(("overturned", "required"));

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(ChildJourney.New("C1")).When(new ChallengeFrontDoorDecision(JustOutsideSkew, null, null, null)).ShouldBeRefusedWith(
            ("challengedAt", "not-in-future"), ("challengedBy", "required"), ("reason", "required"), ("overturned", "required"),
            ("contactNumber", "challenge-a-decision"));
}
