namespace Journey.Domain.Journeys;

public enum FactStatus { Recorded, Corrected, Withdrawn }

/// <summary>
/// One fact of the journey at the stream version that first recorded it, in its current form: the
/// latest correction's replacement when corrected. Withdrawn facts stay listed but no rule sees them.
/// </summary>
public sealed record RecordedFact(long Version, IJourneyEvent Event, FactStatus Status)
{
    public bool IsEffective => Status != FactStatus.Withdrawn;
}
