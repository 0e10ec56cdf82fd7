using Journey.Domain.Journeys;
using Journey.Domain.Missing;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Missing;

public sealed class RecordReturnTests
{
    private static readonly DateTimeOffset MissingAt = Day1.AddDays(10);
    private static readonly DateTimeOffset ReturnedAt = Day1.AddDays(12);

    private static ChildJourney Missing() => JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Journey;

    [Fact]
    public void Records_the_return_from_the_open_episode() =>
        Given(Missing()).When(new RecordReturn(ReturnedAt)).ShouldAppend(new ReturnedFromMissing(1, ReturnedAt));

    [Fact]
    public void The_return_is_from_the_latest_episode()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).WentMissing(Day1.AddDays(20)).Journey;
        var at = Day1.AddDays(21);

        Given(journey).When(new RecordReturn(at)).ShouldAppend(new ReturnedFromMissing(2, at));
    }

    [Fact]
    public void Needs_an_open_missing_episode()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(new RecordReturn(ReturnedAt))
            .ShouldBeRefusedWith(("returnedAt", "needs-open-missing-episode"));
        Given(JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).Journey).When(new RecordReturn(ReturnedAt.AddDays(1)))
            .ShouldBeRefusedWith(("returnedAt", "needs-open-missing-episode"));
    }

    [Fact]
    public void May_return_at_the_instant_the_child_went_missing() =>
        Given(Missing()).When(new RecordReturn(MissingAt)).ShouldAppend(new ReturnedFromMissing(1, MissingAt));

    [Fact]
    public void Cannot_return_before_going_missing()
    {
        Given(Missing()).When(new RecordReturn(MissingAt - Tick)).ShouldBeRefusedWith(("returnedAt", "return-after-missing"));

        // Judged against the open episode, not an earlier one.
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).WentMissing(Day1.AddDays(20)).Journey;
        Given(journey).When(new RecordReturn(Day1.AddDays(20) - Tick)).ShouldBeRefusedWith(("returnedAt", "return-after-missing"));
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new RecordReturn(null)).ShouldBeRefusedWith(
            ("returnedAt", "required"),
            ("returnedAt", "needs-open-missing-episode"));

    [Fact]
    public void When_is_required() =>
        Given(Missing()).When(new RecordReturn(null)).ShouldBeRefusedWith(("returnedAt", "required"));

    [Fact]
    public void Returned_just_inside_the_clock_skew_allowance() =>
        Given(Missing()).When(new RecordReturn(JustInsideSkew)).ShouldAppend(new ReturnedFromMissing(1, JustInsideSkew));

    [Fact]
    public void Returned_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(Missing()).When(new RecordReturn(JustOutsideSkew)).ShouldBeRefusedWith(("returnedAt", "not-in-future"));

    [Fact]
    public void In_the_future_and_not_missing_are_both_reported() =>
        Given(JourneyBuilder.Child().Contacted().Journey).When(new RecordReturn(JustOutsideSkew)).ShouldBeRefusedWith(
            ("returnedAt", "not-in-future"),
            ("returnedAt", "needs-open-missing-episode"));
}
