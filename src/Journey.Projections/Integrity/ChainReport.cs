using Journey.Projections.Disposal;

namespace Journey.Projections.Integrity;

/// <summary>What verification found wrong first in one child's chain.</summary>
/// <param name="Kind">
/// data-altered, details-altered (type, timestamp, recorder, correlation, causation or headers),
/// event-missing, event-inserted, link-missing, not-chained, reordered, event-replaced,
/// link-altered, sealed-late: see docs/decisions.md.
/// </param>
public sealed record ChainBreak(string ChildId, long Version, string Kind, string Detail);

/// <summary>A child's latest link: the value to keep outside the database to detect a rewrite.</summary>
public sealed record ChainHead(string ChildId, long Version, string Hash);

/// <summary>How verification went so far, for a progress line.</summary>
public sealed record ChainProgress(long Children, long Events, long BrokenChildren);

/// <summary>
/// The outcome of verifying one child or the whole store. Status is intact (every event chained and
/// every link recomputes), broken (at least one break; the first of each child is listed, and the
/// first of the disposals' chain), unsealed (no break, but some children's events were stored before
/// chaining began and have not been sealed: run verify --seal) or, for one child, disposed (its record
/// was disposed of at the end of its retention period: no events remain, and its disposal row holds).
/// </summary>
public sealed class ChainReport
{
    public const string Intact = "intact";
    public const string Broken = "broken";
    public const string Unsealed = "unsealed";
    public const string Disposed = "disposed";

    /// <summary>At most this many breaks are listed; BrokenChildren counts them all.</summary>
    public const int MaxBreaksListed = 1000;

    public string Status => BrokenChildren > 0 || DisposalBreaks > 0 ? Broken
        : UnsealedEvents > 0 ? Unsealed
        : Disposal is not null && Events == 0 ? Disposed
        : Intact;
    public string? ChildId { get; init; }
    public DateTimeOffset VerifiedAt { get; init; }
    public long Children { get; set; }
    public long Events { get; set; }
    public long ChainedEvents { get; set; }
    /// <summary>Of the chained events, those chained after they were stored (sealed history) rather than as they were appended.</summary>
    public long SealedEvents { get; set; }
    public long UnsealedEvents { get; set; }
    public long UnsealedChildren { get; set; }
    public long BrokenChildren { get; set; }
    /// <summary>When chaining began here: the first event chained in the transaction that appended it (null before any).</summary>
    public long? ChainingBeganAtSequence { get; set; }
    public List<ChainBreak> Breaks { get; } = [];
    /// <summary>For one child: its latest link (null when it has none).</summary>
    public ChainHead? Head { get; set; }
    /// <summary>Children whose records were disposed of (journey.disposals), counted apart from broken ones (decision 67).</summary>
    public long DisposedChildren { get; set; }
    /// <summary>Breaks in the disposals' own chain, each also listed in <see cref="Breaks"/>.</summary>
    public long DisposalBreaks { get; set; }
    /// <summary>For one child disposed of: when, by whom, authorised by whom, under which rule, and its chain's head at that moment.</summary>
    public DisposalRow? Disposal { get; set; }
}
