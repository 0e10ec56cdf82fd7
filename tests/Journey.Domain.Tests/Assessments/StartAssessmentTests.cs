using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Assessments;

public sealed class StartAssessmentTests
{
    private static readonly DateTimeOffset ReferredAt = Day1.AddHours(2);
    private static readonly DateTimeOffset StartedAt = Day1.AddDays(1);

    private static ChildJourney Referred() => JourneyBuilder.Child().Referred().Journey;

    /// <summary>Referral 1 from contact 1 (Day1), referral 2 from contact 2 (Day1 + 10 days).</summary>
    private static ChildJourney TwoReferrals() => JourneyBuilder.Child().Referred()
        .Contact(Day1.AddDays(10)).Decided(Day1.AddDays(10), FrontDoorOutcome.ReferralForAssessment)
        .Referral(Day1.AddDays(10)).Journey;

    [Fact]
    public void Starts_assessment_one_for_the_referral() =>
        Given(Referred()).When(new StartAssessment(StartedAt)).ShouldAppend(new AssessmentStarted(1, 1, StartedAt));

    [Fact]
    public void Without_a_referral_number_starts_for_the_latest_referral()
    {
        var at = Day1.AddDays(11);
        Given(TwoReferrals()).When(new StartAssessment(at)).ShouldAppend(new AssessmentStarted(1, 2, at));
    }

    [Fact]
    public void With_a_referral_number_starts_for_that_referral()
    {
        var at = Day1.AddDays(11);
        Given(TwoReferrals()).When(new StartAssessment(at, ReferralNumber: 1)).ShouldAppend(new AssessmentStarted(1, 1, at));
    }

    [Fact]
    public void Needs_an_accepted_referral() =>
        Given(JourneyBuilder.Child().ContactDecidedForAssessment().Journey).When(new StartAssessment(StartedAt))
            .ShouldBeRefusedWith(("referralNumber", "assessment-needs-referral"));

    [Fact]
    public void Needs_the_named_referral_to_be_on_the_record()
    {
        var decision = Given(Referred()).When(new StartAssessment(StartedAt, ReferralNumber: 3));

        decision.ShouldBeRefusedWith(("referralNumber", "assessment-needs-referral"));
        decision.MessageFor("assessment-needs-referral").ShouldContain("Referral 3");
    }

    [Fact]
    public void Only_one_assessment_in_progress_per_referral()
    {
        var journey = JourneyBuilder.Child().Assessing().Journey;

        Given(journey).When(new StartAssessment(StartedAt.AddDays(1)))
            .ShouldBeRefusedWith(("referralNumber", "one-open-assessment-per-referral"));
    }

    [Fact]
    public void Another_assessment_may_start_once_the_previous_one_is_authorised()
    {
        var journey = JourneyBuilder.Child().Assessing().AssessmentAuthorised(Day1.AddDays(20)).Journey;

        var at = Day1.AddDays(21);
        Given(journey).When(new StartAssessment(at)).ShouldAppend(new AssessmentStarted(2, 1, at));
    }

    [Fact]
    public void An_assessment_in_progress_on_one_referral_does_not_block_another_referral()
    {
        var journey = JourneyBuilder.Child().Assessing()
            .Contact(Day1.AddDays(10)).Decided(Day1.AddDays(10), FrontDoorOutcome.ReferralForAssessment)
            .Referral(Day1.AddDays(10)).Journey;

        var at = Day1.AddDays(11);
        Given(journey).When(new StartAssessment(at)).ShouldAppend(new AssessmentStarted(2, 2, at));
    }

    [Fact]
    public void Cannot_start_before_the_referral_was_accepted()
    {
        Given(Referred()).When(new StartAssessment(ReferredAt)).ShouldBeAccepted();
        Given(Referred()).When(new StartAssessment(ReferredAt - Tick))
            .ShouldBeRefusedWith(("startedAt", "assessment-after-referral"));
    }

    [Fact]
    public void Started_just_inside_the_clock_skew_allowance() =>
        Given(Referred()).When(new StartAssessment(JustInsideSkew)).ShouldBeAccepted();

    [Fact]
    public void Started_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(Referred()).When(new StartAssessment(JustOutsideSkew)).ShouldBeRefusedWith(("startedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        var journey = JourneyBuilder.Child().Assessing().Journey;

        Given(journey).When(new StartAssessment(ReferredAt - Tick)).ShouldBeRefusedWith(
            ("referralNumber", "one-open-assessment-per-referral"),
            ("startedAt", "assessment-after-referral"));
        Given(ChildJourney.New("C1")).When(new StartAssessment(null)).ShouldBeRefusedWith(
            ("startedAt", "required"),
            ("referralNumber", "assessment-needs-referral"));
    }
}
