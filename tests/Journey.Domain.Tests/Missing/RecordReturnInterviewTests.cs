using Journey.Domain.Journeys;
using Journey.Domain.Missing;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Missing;

public sealed class RecordReturnInterviewTests
{
    private static readonly DateTimeOffset MissingAt = Day1.AddDays(10);
    private static readonly DateTimeOffset ReturnedAt = Day1.AddDays(12);
    private static readonly DateTimeOffset InterviewedAt = ReturnedAt.AddDays(1);

    private static ChildJourney Returned() => JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).Journey;

    [Theory]
    [InlineData(ReturnInterviewOutcome.Offered)]
    [InlineData(ReturnInterviewOutcome.Accepted)]
    [InlineData(ReturnInterviewOutcome.Declined)]
    [InlineData(ReturnInterviewOutcome.Completed)]
    public void Records_what_happened_with_the_interview(ReturnInterviewOutcome outcome) =>
        Given(Returned()).When(new RecordReturnInterview(InterviewedAt, outcome))
            .ShouldAppend(new ReturnInterviewRecorded(1, InterviewedAt, outcome));

    [Fact]
    public void Offered_then_completed_are_both_recorded_against_the_same_return()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt)
            .ReturnInterview(InterviewedAt, ReturnInterviewOutcome.Offered).Journey;
        var at = InterviewedAt.AddHours(4);

        Given(journey).When(new RecordReturnInterview(at, ReturnInterviewOutcome.Completed))
            .ShouldAppend(new ReturnInterviewRecorded(1, at, ReturnInterviewOutcome.Completed));
    }

    [Fact]
    public void Follows_the_latest_return()
    {
        var secondReturn = Day1.AddDays(22);
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt)
            .WentMissing(Day1.AddDays(20)).Returned(secondReturn).Journey;

        Given(journey).When(new RecordReturnInterview(secondReturn.AddHours(2), ReturnInterviewOutcome.Declined))
            .ShouldAppend(new ReturnInterviewRecorded(2, secondReturn.AddHours(2), ReturnInterviewOutcome.Declined));
    }

    [Fact]
    public void While_missing_again_it_follows_the_return_before()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).WentMissing(Day1.AddDays(20)).Journey;

        Given(journey).When(new RecordReturnInterview(InterviewedAt, ReturnInterviewOutcome.Completed))
            .ShouldAppend(new ReturnInterviewRecorded(1, InterviewedAt, ReturnInterviewOutcome.Completed));
    }

    [Fact]
    public void Needs_a_return()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(new RecordReturnInterview(InterviewedAt, ReturnInterviewOutcome.Offered))
            .ShouldBeRefusedWith(("recordedAt", "interview-needs-a-return"));
        Given(JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Journey).When(new RecordReturnInterview(InterviewedAt, ReturnInterviewOutcome.Offered))
            .ShouldBeRefusedWith(("recordedAt", "interview-needs-a-return"));
    }

    [Fact]
    public void May_be_recorded_at_the_instant_of_the_return() =>
        Given(Returned()).When(new RecordReturnInterview(ReturnedAt, ReturnInterviewOutcome.Offered))
            .ShouldAppend(new ReturnInterviewRecorded(1, ReturnedAt, ReturnInterviewOutcome.Offered));

    [Fact]
    public void Cannot_be_recorded_before_the_return()
    {
        Given(Returned()).When(new RecordReturnInterview(ReturnedAt - Tick, ReturnInterviewOutcome.Offered))
            .ShouldBeRefusedWith(("recordedAt", "interview-after-return"));

        var secondReturn = Day1.AddDays(22);
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt)
            .WentMissing(Day1.AddDays(20)).Returned(secondReturn).Journey;
        Given(journey).When(new RecordReturnInterview(secondReturn - Tick, ReturnInterviewOutcome.Offered))
            .ShouldBeRefusedWith(("recordedAt", "interview-after-return"));
    }

    [Fact]
    public void The_outcome_is_required() =>
        Given(Returned()).When(new RecordReturnInterview(InterviewedAt, null)).ShouldBeRefusedWith(("outcome", "required"));

    [Theory]
    [InlineData((ReturnInterviewOutcome)4)]
    [InlineData((ReturnInterviewOutcome)(-1))]
    public void The_outcome_must_be_a_known_value(ReturnInterviewOutcome outcome)
    {
        var decision = Given(Returned()).When(new RecordReturnInterview(InterviewedAt, outcome));

        decision.ShouldBeRefusedWith(("outcome", "known-value"));
        decision.MessageFor("known-value").ShouldContain("Offered, Accepted, Declined, Completed");
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new RecordReturnInterview(null, null)).ShouldBeRefusedWith(
            ("recordedAt", "required"),
            ("outcome", "required"),
            ("recordedAt", "interview-needs-a-return"));

    [Fact]
    public void Recorded_just_inside_the_clock_skew_allowance() =>
        Given(Returned()).When(new RecordReturnInterview(JustInsideSkew, ReturnInterviewOutcome.Completed))
            .ShouldAppend(new ReturnInterviewRecorded(1, JustInsideSkew, ReturnInterviewOutcome.Completed));

    [Fact]
    public void Recorded_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(Returned()).When(new RecordReturnInterview(JustOutsideSkew, ReturnInterviewOutcome.Completed))
            .ShouldBeRefusedWith(("recordedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        Given(Returned()).When(new RecordReturnInterview(ReturnedAt - Tick, (ReturnInterviewOutcome)9)).ShouldBeRefusedWith(
            ("outcome", "known-value"),
            ("recordedAt", "interview-after-return"));
}
