using Journey.Domain.Journeys;

namespace Journey.Domain.Corrections;

/// <summary>
/// A practitioner withdrew an earlier fact recorded in error. It stays in the stream; no rule or
/// measure counts it from here on. <see cref="OccurredAt"/> is when it was withdrawn.
/// </summary>
public sealed record EventWithdrawn(
    long WithdrawnVersion,
    IJourneyEvent Withdrawn,
    string Reason,
    DateTimeOffset OccurredAt) : IJourneyEvent;
