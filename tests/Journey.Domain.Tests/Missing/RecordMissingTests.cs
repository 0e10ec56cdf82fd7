using Journey.Domain.Journeys;
using Journey.Domain.Missing;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.LookedAfterJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Missing;

public sealed class RecordMissingTests
{
    private static readonly DateTimeOffset MissingAt = Day1.AddDays(10);
    private static readonly DateTimeOffset ReturnedAt = Day1.AddDays(12);

    private static ChildJourney Contacted() => JourneyBuilder.Child().Contacted().Journey;
    private static ChildJourney Returned() => JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).Journey;

    [Fact]
    public void The_first_missing_episode_is_number_one() =>
        new RecordMissing(MissingAt).Decide(Contacted(), Now).ShouldAppend(new MissingEpisodeStarted(1, MissingAt));

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

        new RecordMissing(at).Decide(Returned(), Now).ShouldAppend(new MissingEpisodeStarted(2, at));

        var third = Day1.AddDays(30);
        new RecordMissing(third).Decide(JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt)
                .WentMissing(at).Returned(at.AddHours(5)).Journey, Now)
            .ShouldAppend(new MissingEpisodeStarted(3, third));
    }

    [Fact]
    public void A_looked_after_child_may_go_missing()
    {
        var at = EnteredAt.AddDays(3);

        new RecordMissing(at).Decide(JourneyBuilder.Child().InCarePlaced().Journey, Now).ShouldAppend(new MissingEpisodeStarted(1, at));
    }

    [Fact]
    public void Only_one_missing_episode_at_a_time()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Journey;

        var decision = new RecordMissing(MissingAt.AddDays(1)).Decide(journey, Now);

        decision.ShouldBeRefusedWith(("missingFrom", "one-missing-episode-at-a-time"));
        decision.MessageFor("one-missing-episode-at-a-time").ShouldContain("Missing episode 1");
    }

    [Fact]
    public void Only_one_missing_episode_at_a_time_for_the_second_episode_too()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).WentMissing(Day1.AddDays(20)).Journey;

        var decision = new RecordMissing(Day1.AddDays(21)).Decide(journey, Now);

        decision.ShouldBeRefusedWith(("missingFrom", "one-missing-episode-at-a-time"));
        decision.MessageFor("one-missing-episode-at-a-time").ShouldContain("Missing episode 2");
    }

    [Fact]
    public void May_go_missing_again_at_the_instant_of_the_last_return() =>
        new RecordMissing(ReturnedAt).Decide(Returned(), Now).ShouldAppend(new MissingEpisodeStarted(2, ReturnedAt));

    [Fact]
    public void Cannot_go_missing_again_before_the_last_return()
    {
        var decision = new RecordMissing(ReturnedAt - Tick).Decide(Returned(), Now);

        decision.ShouldBeRefusedWith(("missingFrom", "after-the-last-return"));
        decision.MessageFor("after-the-last-return").ShouldContain("missing episode 1");
    }

    [Fact]
    public void Cannot_be_dated_inside_an_earlier_episode()
    {
        // Episodes 1 (Day1+10 .. Day1+12) and 2 (Day1+20 .. Day1+22); a new one dated inside either is refused.
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt)
            .WentMissing(Day1.AddDays(20)).Returned(Day1.AddDays(22)).Journey;

        new RecordMissing(Day1.AddDays(11)).Decide(journey, Now).ShouldBeRefusedWith(("missingFrom", "after-the-last-return"));
        new RecordMissing(Day1.AddDays(21)).Decide(journey, Now).ShouldBeRefusedWith(("missingFrom", "after-the-last-return"));
        new RecordMissing(Day1.AddDays(15)).Decide(journey, Now).ShouldBeRefusedWith(("missingFrom", "after-the-last-return"));
        new RecordMissing(Day1).Decide(journey, Now).ShouldBeRefusedWith(("missingFrom", "after-the-last-return"));
    }

    [Fact]
    public void Dated_inside_an_open_episode_only_the_open_episode_is_reported()
    {
        var journey = JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Returned(ReturnedAt).WentMissing(Day1.AddDays(20)).Journey;

        new RecordMissing(Day1.AddDays(11)).Decide(journey, Now).ShouldBeRefusedWith(("missingFrom", "one-missing-episode-at-a-time"));
    }

    [Fact]
    public void When_is_required() =>
        new RecordMissing(null).Decide(Contacted(), Now).ShouldBeRefusedWith(("missingFrom", "required"));

    [Fact]
    public void Missing_just_inside_the_clock_skew_allowance() =>
        new RecordMissing(JustInsideSkew).Decide(Contacted(), Now).ShouldAppend(new MissingEpisodeStarted(1, JustInsideSkew));

    [Fact]
    public void Missing_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new RecordMissing(JustOutsideSkew).Decide(Contacted(), Now).ShouldBeRefusedWith(("missingFrom", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        new RecordMissing(JustOutsideSkew).Decide(JourneyBuilder.Child().Contacted().WentMissing(MissingAt).Journey, Now).ShouldBeRefusedWith(
            ("missingFrom", "not-in-future"),
            ("missingFrom", "one-missing-episode-at-a-time"));
}
