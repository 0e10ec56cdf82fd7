namespace Journey.Projections.Integrity;

/// <summary>
/// One version of a child's stream as verification reads it: the event row as stored (null fields
/// when there is none) beside its link row (null fields when there is none).
/// </summary>
public sealed record ChainRow(
    string ChildId,
    long Version,
    long? Sequence,
    Guid? EventId,
    string? Canonical,
    string? DataSha256,
    Guid? LinkEventId,
    string? LinkDataSha256,
    string? LinkEventSha256,
    string? PrevHash,
    string? Hash,
    string? Origin,
    long? StreamVersion)
{
    public bool HasEvent => EventId is not null;
    public bool HasLink => Hash is not null;
}
