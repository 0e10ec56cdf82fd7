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
/// every link recomputes), broken (at least one break; the first of each child is listed) or
/// unsealed (no break, but some children's events were stored before chaining began and have not
/// been sealed: run verify --seal).
/// </summary>
public sealed class ChainReport
{
    public const string Intact = "intact";
    public const string Broken = "broken";
    public const string Unsealed = "unsealed";

    /// <summary>At most this many breaks are listed; BrokenChildren counts them all.</summary>
    public const int MaxBreaksListed = 1000;

    public string Status => BrokenChildren > 0 ? Broken : UnsealedEvents > 0 ? Unsealed : Intact;
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
}
