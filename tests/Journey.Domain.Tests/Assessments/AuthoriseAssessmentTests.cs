using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Assessments;

public sealed class AuthoriseAssessmentTests
{
    private static readonly DateTimeOffset StartedAt = Day1.AddDays(1);
    private static readonly DateTimeOffset AuthorisedAt = Day1.AddDays(30);

    private static ChildJourney Assessing() => JourneyBuilder.Child().Assessing().Journey; // assessment 1 on referral 1

    [Fact]
    public void Authorises_the_assessment_in_progress() =>
        Given(Assessing()).When(new AuthoriseAssessment(AuthorisedAt, "Team manager"))
            .ShouldAppend(new AssessmentAuthorised(1, 1, AuthorisedAt, "Team manager"));

    [Fact]
    public void Authorising_folds_onto_the_assessment()
    {
        var journey = JourneyBuilder.Child().Assessing().AssessmentAuthorised(AuthorisedAt).Journey;

        journey.Assessments.ShouldBe([new AssessmentState(1, 1, StartedAt, AuthorisedAt)]);
    }

    [Fact]
    public void Carries_the_referral_of_the_assessment_it_authorises()
    {
        // Assessment 1 on referral 1, then assessment 2 on referral 2; authorise assessment 1 by number.
        var journey = JourneyBuilder.Child().Assessing()
            .Contact(Day1.AddDays(10)).Decided(Day1.AddDays(10), FrontDoorOutcome.ReferralForAssessment)
            .Referral(Day1.AddDays(10)).AssessmentStarted(Day1.AddDays(11))
            .Journey;

        Given(journey).When(new AuthoriseAssessment(AuthorisedAt, "Team manager", AssessmentNumber: 1))
            .ShouldAppend(new AssessmentAuthorised(1, 1, AuthorisedAt, "Team manager"));
        Given(journey).When(new AuthoriseAssessment(AuthorisedAt, "Team manager"))
            .ShouldAppend(new AssessmentAuthorised(2, 2, AuthorisedAt, "Team manager"));
    }

    [Fact]
    public void Needs_a_started_assessment() =>
        Given(JourneyBuilder.Child().Referred().Journey).When(new AuthoriseAssessment(AuthorisedAt, "Team manager"))
            .ShouldBeRefusedWith(("assessmentNumber", "authorise-started-assessment"));

    [Fact]
    public void Needs_the_named_assessment_to_be_on_the_record()
    {
        var decision = Given(Assessing()).When(new AuthoriseAssessment(AuthorisedAt, "Team manager", AssessmentNumber: 2));

        decision.ShouldBeRefusedWith(("assessmentNumber", "authorise-started-assessment"));
        decision.MessageFor("authorise-started-assessment").ShouldContain("Assessment 2");
    }

    [Fact]
    public void Without_a_number_an_authorised_assessment_leaves_none_in_progress()
    {
        var journey = JourneyBuilder.Child().Assessing().AssessmentAuthorised(AuthorisedAt).Journey;

        Given(journey).When(new AuthoriseAssessment(AuthorisedAt.AddDays(1), "Team manager"))
            .ShouldBeRefusedWith(("assessmentNumber", "authorise-started-assessment"));
    }

    [Fact]
    public void Authorised_only_once()
    {
        var journey = JourneyBuilder.Child().Assessing().AssessmentAuthorised(AuthorisedAt).Journey;

        var decision = Given(journey).When(new AuthoriseAssessment(AuthorisedAt.AddDays(1), "Team manager", AssessmentNumber: 1));

        decision.ShouldBeRefusedWith(("assessmentNumber", "authorise-once"));
        decision.MessageFor("authorise-once").ShouldContain("Assessment 1");
    }

    [Fact]
    public void Cannot_be_authorised_before_it_started()
    {
        Given(Assessing()).When(new AuthoriseAssessment(StartedAt, "Team manager")).ShouldBeAccepted();
        Given(Assessing()).When(new AuthoriseAssessment(StartedAt - Tick, "Team manager"))
            .ShouldBeRefusedWith(("authorisedAt", "authorised-after-start"));
    }

    [Fact]
    public void Authorised_just_inside_the_clock_skew_allowance() =>
        Given(Assessing()).When(new AuthoriseAssessment(JustInsideSkew, "Team manager")).ShouldBeAccepted();

    [Fact]
    public void Authorised_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(Assessing()).When(new AuthoriseAssessment(JustOutsideSkew, "Team manager"))
            .ShouldBeRefusedWith(("authorisedAt", "not-in-future"));

    [Fact]
    public void Authorised_by_is_required_and_at_most_200_characters()
    {
        Given(Assessing()).When(new AuthoriseAssessment(AuthorisedAt, " "))
            .ShouldBeRefusedWith(("authorisedBy", "required"));
        Given(Assessing()).When(new AuthoriseAssessment(AuthorisedAt, new string('m', 200))).ShouldBeAccepted();
        Given(Assessing()).When(new AuthoriseAssessment(AuthorisedAt, new string('m', 201)))
            .ShouldBeRefusedWith(("authorisedBy", "max-length"));
    }

    [Fact]
    public void Several_problems_are_all_reported()
    {
        var journey = JourneyBuilder.Child().Assessing().AssessmentAuthorised(AuthorisedAt).Journey;

        Given(journey).When(new AuthoriseAssessment(StartedAt - Tick, null, AssessmentNumber: 1)).ShouldBeRefusedWith(
            ("authorisedBy", "required"),
            ("assessmentNumber", "authorise-once"),
            ("authorisedAt", "authorised-after-start"));
    }
}
