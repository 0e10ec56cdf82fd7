using Journey.Domain.Assessments;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Corrections;

public sealed class FinaliseRecordTests
{
    private const string By = "Team manager";

    /// <summary>Assessment 1 started Day1 + 1, recorded at version 4 (contact 1, decision 2, referral 3).</summary>
    private const long AssessmentVersion = 4;
    private static readonly DateTimeOffset AssessmentStartedAt = Day1.AddDays(1);
    private static readonly DateTimeOffset FinalisedAt = Day1.AddDays(3);

    private static ChildJourney Assessing() => JourneyBuilder.Child().Assessing().Journey;

    [Fact]
    public void Finalises_the_written_record_of_a_step() =>
        Given(Assessing()).When(new FinaliseRecord(AssessmentVersion, FinalisedAt, By)).ShouldAppend(new RecordFinalised(AssessmentVersion, FinalisedAt, By));

    [Fact]
    public void Finalising_folds_onto_the_journey() =>
        JourneyBuilder.Child().Assessing().RecordFinalisedAt(AssessmentVersion, FinalisedAt).Journey.Finalised
            .ShouldBe(new Dictionary<long, DateTimeOffset> { [AssessmentVersion] = FinalisedAt });

    [Theory]
    [InlineData("assessment")]
    [InlineData("assessment completion")]
    [InlineData("initial conference")]
    [InlineData("early help plan")]
    [InlineData("early help review")]
    [InlineData("care plan")]
    [InlineData("permanence plan")]
    [InlineData("looked-after visit")]
    [InlineData("child in need plan")]
    public void Every_kind_of_written_record_may_be_finalised(string what)
    {
        var (journey, version, at) = WrittenRecord(what);

        Given(journey).When(new FinaliseRecord(version, at.AddDays(1), By)).ShouldAppend(new RecordFinalised(version, at.AddDays(1), By));
    }

    [Theory]
    [InlineData(1)] // ContactReceived
    [InlineData(2)] // FrontDoorDecisionMade
    [InlineData(3)] // ReferralAccepted
    public void Only_a_written_record_is_finalised(long version) =>
        Given(Assessing()).When(new FinaliseRecord(version, FinalisedAt, By)).ShouldBeRefusedWith(("version", "finalise-a-written-record"));

    [Fact]
    public void A_finalisation_has_no_written_record_of_its_own()
    {
        var journey = JourneyBuilder.Child().Assessing().RecordFinalisedAt(AssessmentVersion, FinalisedAt).Journey; // version 5

        Given(journey).When(new FinaliseRecord(5, FinalisedAt, By)).ShouldBeRefusedWith(("version", "finalise-a-written-record"));
    }

    [Fact]
    public void Finalised_once() =>
        Given(JourneyBuilder.Child().Assessing().RecordFinalisedAt(AssessmentVersion, FinalisedAt).Journey).When(new FinaliseRecord(AssessmentVersion, FinalisedAt.AddDays(1), By))
            .ShouldBeRefusedWith(("version", "finalise-once"));

    [Fact]
    public void May_be_finalised_again_once_the_finalisation_is_withdrawn()
    {
        var journey = JourneyBuilder.Child().Assessing().RecordFinalisedAt(AssessmentVersion, FinalisedAt).WithdrawnAt(5).Journey;

        Given(journey).When(new FinaliseRecord(AssessmentVersion, FinalisedAt.AddDays(1), By))
            .ShouldAppend(new RecordFinalised(AssessmentVersion, FinalisedAt.AddDays(1), By));
    }

    [Fact]
    public void Cannot_be_finalised_before_the_step_happened()
    {
        Given(Assessing()).When(new FinaliseRecord(AssessmentVersion, AssessmentStartedAt, By))
            .ShouldAppend(new RecordFinalised(AssessmentVersion, AssessmentStartedAt, By));
        Given(Assessing()).When(new FinaliseRecord(AssessmentVersion, AssessmentStartedAt - Tick, By))
            .ShouldBeRefusedWith(("finalisedAt", "finalised-after-it-happened"));
    }

    [Fact]
    public void A_corrected_step_is_finalised_after_its_corrected_date()
    {
        var corrected = Day1.AddDays(5);
        var journey = JourneyBuilder.Child().Assessing()
            .Apply(new CorrectEvent(AssessmentVersion, new AssessmentStarted(1, 1, corrected), "Wrong date")).Journey;

        Given(journey).When(new FinaliseRecord(AssessmentVersion, corrected - Tick, By)).ShouldBeRefusedWith(("finalisedAt", "finalised-after-it-happened"));
        Given(journey).When(new FinaliseRecord(AssessmentVersion, corrected, By)).ShouldAppend(new RecordFinalised(AssessmentVersion, corrected, By));
    }

    [Fact]
    public void A_finalised_step_cannot_be_corrected_to_after_its_finalisation()
    {
        // Started Day1 + 1 and finalised Day1 + 3: moved to Day1 + 5, it would have been finalised before it happened.
        var journey = JourneyBuilder.Child().Assessing().RecordFinalisedAt(AssessmentVersion, FinalisedAt).Journey;

        Given(journey).When(new CorrectEvent(AssessmentVersion, new AssessmentStarted(1, 1, Day1.AddDays(5)), "Wrong date"))
            .ShouldBeRefusedOn("replacement.occurredAt");
    }

    [Fact]
    public void The_version_is_required() =>
        Given(Assessing()).When(new FinaliseRecord(null, FinalisedAt, By)).ShouldBeRefusedWith(("version", "required"));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(99)]
    [InlineData(-1)]
    public void The_version_must_be_a_recorded_step(long version) =>
        Given(Assessing()).When(new FinaliseRecord(version, FinalisedAt, By)).ShouldBeRefusedWith(("version", "fact-exists"));

    [Fact]
    public void A_withdrawn_step_is_not_finalised()
    {
        // Early help 1 (version 2), its plan agreed at version 3 and then withdrawn.
        var journey = JourneyBuilder.Child().InEarlyHelp().EarlyHelpPlanned(Day1.AddDays(4)).WithdrawnAt(3).Journey;

        Given(journey).When(new FinaliseRecord(3, Day1.AddDays(5), By)).ShouldBeRefusedWith(("version", "not-withdrawn"));
    }

    [Fact]
    public void A_plan_started_by_a_conference_is_finalised_through_the_conference()
    {
        // OnPlan: contact 1, decision 2, discussion 3, section 47 start 4, conclusion 5, conference 6, plan start 7.
        var journey = JourneyBuilder.Child().OnPlan().Journey;

        Given(journey).When(new FinaliseRecord(7, Day1.AddDays(11), By))
            .ShouldBeRefusedWith(("version", "finalise-through-the-step-that-started-it"));
        Given(journey).When(new FinaliseRecord(4, Day1.AddDays(11), By))
            .ShouldBeRefusedWith(("version", "finalise-through-the-step-that-started-it"));
        Given(journey).When(new FinaliseRecord(6, Day1.AddDays(11), By)).ShouldAppend(new RecordFinalised(6, Day1.AddDays(11), By));
    }

    [Fact]
    public void When_it_was_finalised_is_required() =>
        Given(Assessing()).When(new FinaliseRecord(AssessmentVersion, null, By)).ShouldBeRefusedWith(("finalisedAt", "required"));

    [Fact]
    public void Cannot_be_finalised_in_the_future_beyond_the_clock_skew()
    {
        Given(Assessing()).When(new FinaliseRecord(AssessmentVersion, JustInsideSkew, By))
            .ShouldAppend(new RecordFinalised(AssessmentVersion, JustInsideSkew, By));
        Given(Assessing()).When(new FinaliseRecord(AssessmentVersion, JustOutsideSkew, By)).ShouldBeRefusedWith(("finalisedAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Who_finalised_it_is_required(string? by) =>
        Given(Assessing()).When(new FinaliseRecord(AssessmentVersion, FinalisedAt, by)).ShouldBeRefusedWith(("finalisedBy", "required"));

    [Fact]
    public void Who_finalised_it_is_at_most_200_characters()
    {
        Given(Assessing()).When(new FinaliseRecord(AssessmentVersion, FinalisedAt, new string('b', 200))).ShouldBeAccepted();
        Given(Assessing()).When(new FinaliseRecord(AssessmentVersion, FinalisedAt, new string('b', 201)))
            .ShouldBeRefusedWith(("finalisedBy", "max-length"));
    }

    [Fact]
    public void Reports_every_problem_at_once()
    {
        Given(Assessing()).When(new FinaliseRecord(1, Day1 - Tick, null)).ShouldBeRefusedWith(
            ("finalisedBy", "required"), ("version", "finalise-a-written-record"), ("finalisedAt", "finalised-after-it-happened"));
        Given(Assessing()).When(new FinaliseRecord(99, JustOutsideSkew, null)).ShouldBeRefusedWith(
            ("finalisedAt", "not-in-future"), ("finalisedBy", "required"), ("version", "fact-exists"));
    }

    /// <summary>A journey whose latest step is a written record of the given kind: the journey, that step's version and when it happened.</summary>
    private static (ChildJourney Journey, long Version, DateTimeOffset At) WrittenRecord(string what)
    {
        var at = Day1.AddDays(11); // a Friday, as an initial conference is held on a working day
        var builder = what switch
        {
            "assessment" => JourneyBuilder.Child().Referred().AssessmentStarted(at),
            "assessment completion" => JourneyBuilder.Child().Assessing()
                .Apply(new CompleteAssessment(at, true, true, ["21"], AssessmentOutcome.ChildInNeedPlan)),
            "initial conference" => JourneyBuilder.Child().Section47ConcludedWith(Domain.Protection.Section47Outcome.InitialConference)
                .InitialConference(at, planRequired: false),
            "early help plan" => JourneyBuilder.Child().InEarlyHelp().EarlyHelpPlanned(at),
            "early help review" => JourneyBuilder.Child().InEarlyHelp().EarlyHelpReviewedAt(at),
            "care plan" => JourneyBuilder.Child().InCare().CarePlanned(at),
            "permanence plan" => JourneyBuilder.Child().InCare().PermanencePlanned(at),
            "looked-after visit" => JourneyBuilder.Child().InCare().Visited(at),
            "child in need plan" => JourneyBuilder.Child().Referred().Apply(new Domain.ChildInNeed.StartChildInNeedPlan(at)),
            _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
        };
        return (builder.Journey, builder.Journey.Version, at);
    }
}
