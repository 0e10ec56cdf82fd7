using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using static Journey.Domain.Tests.Given.Moments;
using Journey.Domain.Tests.Given;

namespace Journey.Domain.Tests.Assessments;

public sealed class AuthoriseAssessmentTests
{
    private static readonly DateTimeOffset StartedAt = Day1.AddDays(1);
    private static readonly DateTimeOffset AuthorisedAt = Day1.AddDays(30);

    private static ChildJourney Assessing() => JourneyBuilder.Child().Assessing().Journey; // assessment 1 on referral 1

    [Fact]
    public void Authorises_the_assessment_in_progress() =>
        new AuthoriseAssessment(AuthorisedAt, "Team manager").Decide(Assessing(), Now)
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

        new AuthoriseAssessment(AuthorisedAt, "Team manager", AssessmentNumber: 1).Decide(journey, Now)
            .ShouldAppend(new AssessmentAuthorised(1, 1, AuthorisedAt, "Team manager"));
        new AuthoriseAssessment(AuthorisedAt, "Team manager").Decide(journey, Now)
            .ShouldAppend(new AssessmentAuthorised(2, 2, AuthorisedAt, "Team manager"));
    }

    [Fact]
    public void Needs_a_started_assessment() =>
        new AuthoriseAssessment(AuthorisedAt, "Team manager").Decide(JourneyBuilder.Child().Referred().Journey, Now)
            .ShouldBeRefusedWith(("assessmentNumber", "authorise-started-assessment"));

    [Fact]
    public void Needs_the_named_assessment_to_be_on_the_record()
    {
        var decision = new AuthoriseAssessment(AuthorisedAt, "Team manager", AssessmentNumber: 2).Decide(Assessing(), Now);

        decision.ShouldBeRefusedWith(("assessmentNumber", "authorise-started-assessment"));
        decision.MessageFor("authorise-started-assessment").ShouldContain("Assessment 2");
    }

    [Fact]
    public void Without_a_number_an_authorised_assessment_leaves_none_in_progress()
    {
        var journey = JourneyBuilder.Child().Assessing().AssessmentAuthorised(AuthorisedAt).Journey;

        new AuthoriseAssessment(AuthorisedAt.AddDays(1), "Team manager").Decide(journey, Now)
            .ShouldBeRefusedWith(("assessmentNumber", "authorise-started-assessment"));
    }

    [Fact]
    public void Authorised_only_once()
    {
        var journey = JourneyBuilder.Child().Assessing().AssessmentAuthorised(AuthorisedAt).Journey;

        var decision = new AuthoriseAssessment(AuthorisedAt.AddDays(1), "Team manager", AssessmentNumber: 1).Decide(journey, Now);

        decision.ShouldBeRefusedWith(("assessmentNumber", "authorise-once"));
        decision.MessageFor("authorise-once").ShouldContain("Assessment 1");
    }

    [Fact]
    public void Cannot_be_authorised_before_it_started()
    {
        new AuthoriseAssessment(StartedAt, "Team manager").Decide(Assessing(), Now).ShouldBeAccepted();
        new AuthoriseAssessment(StartedAt - Tick, "Team manager").Decide(Assessing(), Now)
            .ShouldBeRefusedWith(("authorisedAt", "authorised-after-start"));
    }

    [Fact]
    public void Authorised_just_inside_the_clock_skew_allowance() =>
        new AuthoriseAssessment(JustInsideSkew, "Team manager").Decide(Assessing(), Now).ShouldBeAccepted();

    [Fact]
    public void Authorised_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new AuthoriseAssessment(JustOutsideSkew, "Team manager").Decide(Assessing(), Now)
            .ShouldBeRefusedWith(("authorisedAt", "not-in-future"));

    [Fact]
    public void Authorised_by_is_required_and_at_most_200_characters()
    {
        new AuthoriseAssessment(AuthorisedAt, " ").Decide(Assessing(), Now)
            .ShouldBeRefusedWith(("authorisedBy", "required"));
        new AuthoriseAssessment(AuthorisedAt, new string('m', 200)).Decide(Assessing(), Now).ShouldBeAccepted();
        new AuthoriseAssessment(AuthorisedAt, new string('m', 201)).Decide(Assessing(), Now)
            .ShouldBeRefusedWith(("authorisedBy", "max-length"));
    }

    [Fact]
    public void Several_problems_are_all_reported()
    {
        var journey = JourneyBuilder.Child().Assessing().AssessmentAuthorised(AuthorisedAt).Journey;

        new AuthoriseAssessment(StartedAt - Tick, null, AssessmentNumber: 1).Decide(journey, Now).ShouldBeRefusedWith(
            ("authorisedBy", "required"),
            ("assessmentNumber", "authorise-once"),
            ("authorisedAt", "authorised-after-start"));
    }
}
