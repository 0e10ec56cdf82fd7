namespace Journey.Domain.Journeys;

/// <summary>
/// A practitioner's request to record a step. Deciding it is a pure function of the child's
/// journey so far and the current time.
/// </summary>
public interface IJourneyCommand
{
    /// <summary>When given, the journey's version the caller last saw; a different current version is a conflict.</summary>
    long? ExpectedVersion { get; }

    Decision Decide(ChildJourney journey, DateTimeOffset now);
}
