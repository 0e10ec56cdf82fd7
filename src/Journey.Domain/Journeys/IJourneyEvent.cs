namespace Journey.Domain.Journeys;

/// <summary>
/// A fact in a child's journey. <see cref="OccurredAt"/> is when it happened in the world; when it
/// was recorded and by whom live in the event store's metadata (timestamp and user name), so a
/// request body can never claim them.
/// </summary>
public interface IJourneyEvent
{
    DateTimeOffset OccurredAt { get; }
}
