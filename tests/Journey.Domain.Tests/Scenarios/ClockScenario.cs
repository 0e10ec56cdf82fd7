using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Domain.Tests.Scenarios;

/// <summary>
/// Clock tests read as given / when / then too (decision 116): given a step, when it is recorded, corrected or
/// withdrawn, then these changes to the clocks, asked of <see cref="JourneyClocks"/> as the measures projection asks.
/// <c>GivenStep(contact).WhenRecorded().ShouldChangeClocks(new StartClock(...), ...)</c>.
/// </summary>
internal static class ClockScenario
{
    public static StepScenario GivenStep(IJourneyEvent step) => new(step);

    /// <summary>The changes, exactly these and in this order (the order the statements run in).</summary>
    public static void ShouldChangeClocks(this IReadOnlyList<ClockChange> changes, params ClockChange[] expected) => changes.ShouldBe(expected);

    public static void ShouldChangeNoClock(this IReadOnlyList<ClockChange> changes) => changes.ShouldBeEmpty();
}

/// <summary>A step recorded at stream version <see cref="Version"/>, about to be recorded, corrected or withdrawn.</summary>
internal readonly record struct StepScenario(IJourneyEvent Step)
{
    public const long Version = 4;

    /// <summary>The version the correction or withdrawal itself is appended at: later than the step's.</summary>
    private const long ChangeVersion = 9;

    public IReadOnlyList<ClockChange> WhenRecorded() => About(JourneyClocks.Of(Step, Version));

    public IReadOnlyList<ClockChange> WhenCorrectedTo(IJourneyEvent replacement) =>
        About(JourneyClocks.Of(new EventCorrected(Version, Step, replacement, "Mistyped", Moments.Now), ChangeVersion));

    public IReadOnlyList<ClockChange> WhenWithdrawn() =>
        About(JourneyClocks.Of(new EventWithdrawn(Version, Step, "Recorded in error", Moments.Now), ChangeVersion));

    /// <summary>The changes, checked to be about the step itself (what a stop and a reopening are keyed by).</summary>
    private static IReadOnlyList<ClockChange> About(StepClockChanges changes)
    {
        changes.StepVersion.ShouldBe(Version);
        return changes.Changes;
    }
}
