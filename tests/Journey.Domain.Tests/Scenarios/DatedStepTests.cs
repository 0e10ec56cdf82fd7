using Journey.Domain.Journeys;

namespace Journey.Domain.Tests.Scenarios;

/// <summary>
/// The step a test class is about, for the rules many steps share (<see cref="EpisodeStepTests"/>, and a capability's
/// own, such as the period of care's): its command at a date, with valid details, and the event that command appends.
/// A test class names these once; the shared facts, written as given / when / then, run as that class's own (decision 126).
/// </summary>
public abstract class DatedStepTests
{
    /// <summary>The step's dated field, which its refusals name.</summary>
    protected abstract string Field { get; }

    /// <summary>The step's command at <paramref name="at"/> (none: the date left out), with valid details.</summary>
    protected abstract IJourneyCommand Step(DateTimeOffset? at);

    /// <summary>The event <see cref="Step"/> appends in episode (period of care, proceedings, ...) <paramref name="episode"/>.</summary>
    protected abstract IJourneyEvent Appended(int episode, DateTimeOffset at);

    /// <summary>A date the step is usually recorded at, within episode 1.</summary>
    protected abstract DateTimeOffset UsualAt { get; }
}
