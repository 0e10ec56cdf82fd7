using Journey.Domain.Journeys;
using Journey.Domain.Missing;
using Journey.Domain.Tests.Rules;
using static Journey.Domain.Tests.Rules.Moments;

namespace Journey.Domain.Tests.LookedAfterAndMissing;

public sealed class RecordReturnTests
{
    private static readonly DateTimeOffset MissingAt = Day1.AddDays(10);
    private static readonly DateTimeOffset ReturnedAt = Day1.AddDays(12);

    private static ChildJourney Missing() => JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Journey;

    [Fact]
    public void Records_the_return_from_the_open_episode() =>
        new RecordReturn(ReturnedAt).Decide(Missing(), Now).ShouldAppend(new ReturnedFromMissing(1, ReturnedAt));

    [Fact]
    public void The_return_is_from_the_latest_episode()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).WentMissing(Day1.AddDays(20)).Journey;
        var at = Day1.AddDays(21);

        new RecordReturn(at).Decide(journey, Now).ShouldAppend(new ReturnedFromMissing(2, at));
    }

    [Fact]
    public void Needs_an_open_missing_episode()
    {
        new RecordReturn(ReturnedAt).Decide(JourneyBuilder.Child().Contacted().Journey, Now)
            .ShouldBeRefusedWith(("returnedAt", "needs-open-missing-episode"));
        new RecordReturn(ReturnedAt.AddDays(1)).Decide(JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).Journey, Now)
            .ShouldBeRefusedWith(("returnedAt", "needs-open-missing-episode"));
    }

    [Fact]
    public void May_return_at_the_instant_the_child_went_missing() =>
        new RecordReturn(MissingAt).Decide(Missing(), Now).ShouldAppend(new ReturnedFromMissing(1, MissingAt));

    [Fact]
    public void Cannot_return_before_going_missing()
    {
        new RecordReturn(MissingAt - Tick).Decide(Missing(), Now).ShouldBeRefusedWith(("returnedAt", "return-after-missing"));

        // Judged against the open episode, not an earlier one.
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).WentMissing(Day1.AddDays(20)).Journey;
        new RecordReturn(Day1.AddDays(20) - Tick).Decide(journey, Now).ShouldBeRefusedWith(("returnedAt", "return-after-missing"));
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        new RecordReturn(null).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("returnedAt", "required"),
            ("returnedAt", "needs-open-missing-episode"));

    [Fact]
    public void When_is_required() =>
        new RecordReturn(null).Decide(Missing(), Now).ShouldBeRefusedWith(("returnedAt", "required"));

    [Fact]
    public void Returned_just_inside_the_clock_skew_allowance() =>
        new RecordReturn(JustInsideSkew).Decide(Missing(), Now).ShouldAppend(new ReturnedFromMissing(1, JustInsideSkew));

    [Fact]
    public void Returned_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new RecordReturn(JustOutsideSkew).Decide(Missing(), Now).ShouldBeRefusedWith(("returnedAt", "not-in-future"));

    [Fact]
    public void In_the_future_and_not_missing_are_both_reported() =>
        new RecordReturn(JustOutsideSkew).Decide(JourneyBuilder.Child().Contacted().Journey, Now).ShouldBeRefusedWith(
            ("returnedAt", "not-in-future"),
            ("returnedAt", "needs-open-missing-episode"));
}
