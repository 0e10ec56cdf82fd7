using Journey.Domain.Journeys;
using Journey.Domain.Missing;
using Journey.Domain.Tests.Rules;
using static Journey.Domain.Tests.Rules.Moments;

namespace Journey.Domain.Tests.LookedAfterAndMissing;

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
        new RecordReturnInterview(InterviewedAt, outcome).Decide(Returned(), Now)
            .ShouldAppend(new ReturnInterviewRecorded(1, InterviewedAt, outcome));

    [Fact]
    public void Offered_then_completed_are_both_recorded_against_the_same_return()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt)
            .ReturnInterview(InterviewedAt, ReturnInterviewOutcome.Offered).Journey;
        var at = InterviewedAt.AddHours(4);

        new RecordReturnInterview(at, ReturnInterviewOutcome.Completed).Decide(journey, Now)
            .ShouldAppend(new ReturnInterviewRecorded(1, at, ReturnInterviewOutcome.Completed));
    }

    [Fact]
    public void Follows_the_latest_return()
    {
        var secondReturn = Day1.AddDays(22);
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt)
            .WentMissing(Day1.AddDays(20)).Returned(secondReturn).Journey;

        new RecordReturnInterview(secondReturn.AddHours(2), ReturnInterviewOutcome.Declined).Decide(journey, Now)
            .ShouldAppend(new ReturnInterviewRecorded(2, secondReturn.AddHours(2), ReturnInterviewOutcome.Declined));
    }

    [Fact]
    public void While_missing_again_it_follows_the_return_before()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).WentMissing(Day1.AddDays(20)).Journey;

        new RecordReturnInterview(InterviewedAt, ReturnInterviewOutcome.Completed).Decide(journey, Now)
            .ShouldAppend(new ReturnInterviewRecorded(1, InterviewedAt, ReturnInterviewOutcome.Completed));
    }

    [Fact]
    public void Needs_a_return()
    {
        new RecordReturnInterview(InterviewedAt, ReturnInterviewOutcome.Offered).Decide(JourneyBuilder.Child().Contacted().Journey, Now)
            .ShouldBeRefusedWith(("recordedAt", "interview-needs-a-return"));
        new RecordReturnInterview(InterviewedAt, ReturnInterviewOutcome.Offered)
            .Decide(JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Journey, Now)
            .ShouldBeRefusedWith(("recordedAt", "interview-needs-a-return"));
    }

    [Fact]
    public void May_be_recorded_at_the_instant_of_the_return() =>
        new RecordReturnInterview(ReturnedAt, ReturnInterviewOutcome.Offered).Decide(Returned(), Now)
            .ShouldAppend(new ReturnInterviewRecorded(1, ReturnedAt, ReturnInterviewOutcome.Offered));

    [Fact]
    public void Cannot_be_recorded_before_the_return()
    {
        new RecordReturnInterview(ReturnedAt - Tick, ReturnInterviewOutcome.Offered).Decide(Returned(), Now)
            .ShouldBeRefusedWith(("recordedAt", "interview-after-return"));

        var secondReturn = Day1.AddDays(22);
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt)
            .WentMissing(Day1.AddDays(20)).Returned(secondReturn).Journey;
        new RecordReturnInterview(secondReturn - Tick, ReturnInterviewOutcome.Offered).Decide(journey, Now)
            .ShouldBeRefusedWith(("recordedAt", "interview-after-return"));
    }

    [Fact]
    public void The_outcome_is_required() =>
        new RecordReturnInterview(InterviewedAt, null).Decide(Returned(), Now).ShouldBeRefusedWith(("outcome", "required"));

    [Theory]
    [InlineData((ReturnInterviewOutcome)4)]
    [InlineData((ReturnInterviewOutcome)(-1))]
    public void The_outcome_must_be_a_known_value(ReturnInterviewOutcome outcome)
    {
        var decision = new RecordReturnInterview(InterviewedAt, outcome).Decide(Returned(), Now);

        decision.ShouldBeRefusedWith(("outcome", "known-value"));
        decision.MessageFor("known-value").ShouldContain("Offered, Accepted, Declined, Completed");
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        new RecordReturnInterview(null, null).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("recordedAt", "required"),
            ("outcome", "required"),
            ("recordedAt", "interview-needs-a-return"));

    [Fact]
    public void Recorded_just_inside_the_clock_skew_allowance() =>
        new RecordReturnInterview(JustInsideSkew, ReturnInterviewOutcome.Completed).Decide(Returned(), Now)
            .ShouldAppend(new ReturnInterviewRecorded(1, JustInsideSkew, ReturnInterviewOutcome.Completed));

    [Fact]
    public void Recorded_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new RecordReturnInterview(JustOutsideSkew, ReturnInterviewOutcome.Completed).Decide(Returned(), Now)
            .ShouldBeRefusedWith(("recordedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        new RecordReturnInterview(ReturnedAt - Tick, (ReturnInterviewOutcome)9).Decide(Returned(), Now).ShouldBeRefusedWith(
            ("outcome", "known-value"),
            ("recordedAt", "interview-after-return"));
}
