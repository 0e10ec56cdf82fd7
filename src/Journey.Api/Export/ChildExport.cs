using Journey.Api.Measures;
using Journey.Api.Timeline;

namespace Journey.Api.Export;

/// <summary>One row of a chain (visits, reviews, supervisions, contacts due from the one held before), named as the work list names it.</summary>
public sealed record ExportChainRow(string Chain, int Episode, int Ordinal, DateOnly? DueDate, DateTimeOffset? HeldAt, string Status);

/// <summary>
/// A child's complete journey for a court bundle or an audit: every event with its provenance in
/// the timeline's order and shape (<see cref="Events"/> is the timeline's entries for the same
/// query), and the child's measures and chain rows as they stood at <see cref="MeasuresAsAt"/>.
/// </summary>
public sealed record ChildExport(
    string ChildId,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    DateTimeOffset? AsRecordedAt,
    DateTimeOffset? AsOccurredAt,
    DateTimeOffset MeasuresAsAt,
    bool MeasuresAsRecorded,
    long Version,
    IReadOnlyList<TimelineEntry> Events,
    IReadOnlyList<MeasureRow> Measures,
    IReadOnlyList<ExportChainRow> Chains);
