using Journey.Domain.Journeys;
using Journey.Domain.Missing;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Missing;

public sealed class RecordMissingTests
{
    private static readonly DateTimeOffset MissingAt = Day1.AddDays(10);
    private static readonly DateTimeOffset ReturnedAt = Day1.AddDays(12);

    private static ChildJourney Contacted() => JourneyBuilder.Child().Contacted().Journey;
    private static ChildJourney Returned() => JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).Journey;

    [Fact]
    public void The_first_missing_episode_is_number_one() =>
        Given(Contacted()).When(new RecordMissing(MissingAt)).ShouldAppend(new MissingEpisodeStarted(1, MissingAt));

    [Fact]
    public void Going_missing_folds_an_open_missing_episode_onto_the_journey()
    {
        Contacted().OpenMissingEpisode.ShouldBeNull();
        JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Journey.OpenMissingEpisode.ShouldBe(new MissingState(1, MissingAt, null));
        Returned().OpenMissingEpisode.ShouldBeNull();
        Returned().MissingEpisodes.ShouldBe(new[] { new MissingState(1, MissingAt, ReturnedAt) });
    }

    [Fact]
    public void A_later_episode_is_numbered_on_from_the_ones_before()
    {
        var at = Day1.AddDays(20);

        Given(Returned()).When(new RecordMissing(at)).ShouldAppend(new MissingEpisodeStarted(2, at));

        var third = Day1.AddDays(30);
        Given(JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt)
                .WentMissing(at).Returned(at.AddHours(5)).Journey).When(new RecordMissing(third))
            .ShouldAppend(new MissingEpisodeStarted(3, third));
    }

    [Fact]
    public void A_looked_after_child_may_go_missing()
    {
        var at = EnteredAt.AddDays(3);

        Given(JourneyBuilder.Child().InCarePlaced().Journey).When(new RecordMissing(at)).ShouldAppend(new MissingEpisodeStarted(1, at));
    }

    [Fact]
    public void Only_one_missing_episode_at_a_time()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Journey;

        var decision = Given(journey).When(new RecordMissing(MissingAt.AddDays(1)));

        decision.ShouldBeRefusedWith(("missingFrom", "one-missing-episode-at-a-time"));
        decision.MessageFor("one-missing-episode-at-a-time").ShouldContain("Missing episode 1");
    }

    [Fact]
    public void Only_one_missing_episode_at_a_time_for_the_second_episode_too()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).WentMissing(Day1.AddDays(20)).Journey;

        var decision = Given(journey).When(new RecordMissing(Day1.AddDays(21)));

        decision.ShouldBeRefusedWith(("missingFrom", "one-missing-episode-at-a-time"));
        decision.MessageFor("one-missing-episode-at-a-time").ShouldContain("Missing episode 2");
    }

    [Fact]
    public void May_go_missing_again_at_the_instant_of_the_last_return() =>
        Given(Returned()).When(new RecordMissing(ReturnedAt)).ShouldAppend(new MissingEpisodeStarted(2, ReturnedAt));

    [Fact]
    public void Cannot_go_missing_again_before_the_last_return()
    {
        var decision = Given(Returned()).When(new RecordMissing(ReturnedAt - Tick));

        decision.ShouldBeRefusedWith(("missingFrom", "after-the-last-return"));
        decision.MessageFor("after-the-last-return").ShouldContain("missing episode 1");
    }

    [Fact]
    public void Cannot_be_dated_inside_an_earlier_episode()
    {
        // Episodes 1 (Day1+10 .. Day1+12) and 2 (Day1+20 .. Day1+22); a new one dated inside either is refused.
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt)
            .WentMissing(Day1.AddDays(20)).Returned(Day1.AddDays(22)).Journey;

        Given(journey).When(new RecordMissing(Day1.AddDays(11))).ShouldBeRefusedWith(("missingFrom", "after-the-last-return"));
        Given(journey).When(new RecordMissing(Day1.AddDays(21))).ShouldBeRefusedWith(("missingFrom", "after-the-last-return"));
        Given(journey).When(new RecordMissing(Day1.AddDays(15))).ShouldBeRefusedWith(("missingFrom", "after-the-last-return"));
        Given(journey).When(new RecordMissing(Day1)).ShouldBeRefusedWith(("missingFrom", "after-the-last-return"));
    }

    [Fact]
    public void Dated_inside_an_open_episode_only_the_open_episode_is_reported()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).WentMissing(Day1.AddDays(20)).Journey;

        Given(journey).When(new RecordMissing(Day1.AddDays(11))).ShouldBeRefusedWith(("missingFrom", "one-missing-episode-at-a-time"));
    }

    [Fact]
    public void When_is_required() =>
        Given(Contacted()).When(new RecordMissing(null)).ShouldBeRefusedWith(("missingFrom", "required"));

    [Fact]
    public void Missing_just_inside_the_clock_skew_allowance() =>
        Given(Contacted()).When(new RecordMissing(JustInsideSkew)).ShouldAppend(new MissingEpisodeStarted(1, JustInsideSkew));

    [Fact]
    public void Missing_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(Contacted()).When(new RecordMissing(JustOutsideSkew)).ShouldBeRefusedWith(("missingFrom", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        Given(JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Journey).When(new RecordMissing(JustOutsideSkew)).ShouldBeRefusedWith(
            ("missingFrom", "not-in-future"),
            ("missingFrom", "one-missing-episode-at-a-time"));
}
