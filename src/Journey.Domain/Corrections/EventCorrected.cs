using Journey.Domain.Journeys;

namespace Journey.Domain.Corrections;

/// <summary>
/// A practitioner corrected an earlier fact. Nothing is deleted: the original stays in the stream,
/// and this event carries both forms so every projection can move from one to the other without
/// looking anything up. <see cref="OccurredAt"/> is when the correction was made.
/// </summary>
public sealed record EventCorrected(
    long CorrectedVersion,
    IJourneyEvent Original,
    IJourneyEvent Replacement,
    string Reason,
    DateTimeOffset OccurredAt) : IJourneyEvent;
