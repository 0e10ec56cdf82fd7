using Journey.Domain.Journeys;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Scenarios;

/// <summary>
/// An episode steps are recorded within (early help, pre-proceedings, care proceedings): a journey with episode 1 open,
/// one with none yet, one after it ended and a date then, when it began, and the rules that name it.
/// </summary>
public sealed record Episode(Func<ChildJourney> Open, Func<ChildJourney> NoneYet, Func<ChildJourney> Ended, DateTimeOffset? EndedAt,
    DateTimeOffset Began, string NeedsOpenRule, string WithinRule);

/// <summary>
/// The rules every step recorded within an open episode is held to, given / when / then, once for all such steps: a
/// capability names its <see cref="Episode"/>, each step's test class its command and event (decision 126).
/// </summary>
public abstract class EpisodeStepTests : DatedStepTests
{
    /// <summary>The episode the step is recorded within.</summary>
    protected abstract Episode Episode { get; }

    /// <summary>A date after episode 1 ended, where the step finds none open.</summary>
    protected virtual DateTimeOffset AfterTheEpisodeAt => Episode.EndedAt ?? UsualAt;

    [Fact]
    public void When_it_happened_is_required() =>
        Given(Episode.Open()).When(Step(null)).ShouldBeRefusedWith((Field, "required"));

    [Fact]
    public void Cannot_be_dated_in_the_future_beyond_the_clock_skew()
    {
        Given(Episode.Open()).When(Step(JustInsideSkew)).ShouldAppend(Appended(1, JustInsideSkew));
        Given(Episode.Open()).When(Step(JustOutsideSkew)).ShouldBeRefusedWith((Field, "not-in-future"));
    }

    [Fact]
    public void Needs_the_episode_open()
    {
        Given(Episode.NoneYet()).When(Step(UsualAt)).ShouldBeRefusedWith((Field, Episode.NeedsOpenRule));
        Given(Episode.Ended()).When(Step(AfterTheEpisodeAt)).ShouldBeRefusedWith((Field, Episode.NeedsOpenRule));
    }

    [Fact]
    public void Cannot_be_dated_before_the_episode_began()
    {
        Given(Episode.Open()).When(Step(Episode.Began)).ShouldAppend(Appended(1, Episode.Began));
        Given(Episode.Open()).When(Step(Episode.Began - Tick)).ShouldBeRefusedWith((Field, Episode.WithinRule));
    }
}
