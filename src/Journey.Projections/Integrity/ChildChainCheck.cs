namespace Journey.Projections.Integrity;

/// <summary>The verdict on one child's chain.</summary>
public sealed record ChildChainResult(ChainBreak? Break, long Events, long Chained, long Sealed, long Unsealed, ChainHead? Head);

/// <summary>
/// Recomputes one child's chain from its rows in version order and names the first link that does
/// not hold, and what differs there. Pure: the rows come from <see cref="ChainVerifier"/>.
/// </summary>
public static class ChildChainCheck
{
    /// <param name="rows">Every version of the child holding an event row, a link row or both, in version order.</param>
    /// <param name="chainingBegan">The sequence of the first event chained as appended, store-wide; null before any.</param>
    public static ChildChainResult Check(IReadOnlyList<ChainRow> rows, long? chainingBegan)
    {
        var child = rows[0].ChildId;
        var anyLink = rows.Any(r => r.HasLink);
        var events = rows.Count(r => r.HasEvent);
        var previous = EventHashSchema.Genesis;
        long expected = 1, chained = 0, sealedCount = 0, unsealed = 0, lastLinked = 0;

        ChildChainResult Broken(long version, string kind, string detail) =>
            new(new ChainBreak(child, version, kind, detail), events, chained, sealedCount, unsealed, null);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Version != expected)
                return Broken(expected, "event-missing",
                    $"Version {expected} has neither an event nor a link: the event and its link were deleted.");
            expected++;

            if (row is { HasEvent: true, HasLink: false })
            {
                if (!anyLink && (chainingBegan is null || row.Sequence < chainingBegan))
                {
                    unsealed++;
                    continue;
                }
                return Broken(row.Version, Unlinked(row, previous, i + 1 < rows.Count ? rows[i + 1] : null, anyLink, out var detail), detail);
            }

            if (row is { HasEvent: false })
            {
                var movedTo = rows.FirstOrDefault(r => r.EventId == row.LinkEventId);
                return movedTo is not null
                    ? Broken(row.Version, "reordered", $"The event chained at version {row.Version} ({row.LinkEventId}) is now stored at version {movedTo.Version}.")
                    : Broken(row.Version, "event-missing", $"Event {row.Version} ({row.LinkEventId}) was chained but is no longer stored.");
            }

            if (row.EventId != row.LinkEventId)
            {
                var chainedAt = rows.FirstOrDefault(r => r.LinkEventId == row.EventId);
                return chainedAt is not null
                    ? Broken(row.Version, "reordered", $"Version {row.Version} now holds the event chained at version {chainedAt.Version} ({row.EventId}).")
                    : Broken(row.Version, "event-replaced", $"Version {row.Version} holds event {row.EventId}, not the event chained there ({row.LinkEventId}).");
            }

            if (row.PrevHash != previous)
                return Broken(row.Version, "link-altered",
                    $"Link {row.Version} runs from {Short(row.PrevHash)}, not from link {row.Version - 1} ({Short(previous)}): " +
                    $"this link, or version {row.Version - 1} together with its link, was rewritten.");

            var digest = ChainHashes.Sha256Hex(row.Canonical!);
            if (digest != row.LinkEventSha256)
                return row.DataSha256 != row.LinkDataSha256
                    ? Broken(row.Version, "data-altered", $"The data of event {row.Version} is not the data chained (SHA-256 {Short(row.DataSha256)} now, {Short(row.LinkDataSha256)} chained).")
                    : Broken(row.Version, "details-altered", $"The data of event {row.Version} is as chained but its type, timestamp, recorder, correlation, causation or headers are not.");

            if (ChainHashes.Link(previous, digest) != row.Hash)
                return Broken(row.Version, "link-altered", $"Link {row.Version}'s hash ({Short(row.Hash)}) is not the SHA-256 of the previous link and the event: the link row was altered.");

            if (row.Origin == EventHashSchema.Sealed && chainingBegan is not null && row.Sequence > chainingBegan)
                return Broken(row.Version, "sealed-late",
                    $"Event {row.Version} (sequence {row.Sequence}) was stored after chaining began (sequence {chainingBegan}) but was sealed afterwards, not chained as it was appended.");

            previous = row.Hash!;
            lastLinked = row.Version;
            chained++;
            if (row.Origin == EventHashSchema.Sealed) sealedCount++;
        }

        var streamVersion = rows.Max(r => r.StreamVersion) ?? 0;
        if (streamVersion > rows[^1].Version)
            return Broken(rows[^1].Version + 1, "event-missing",
                $"The child's stream is at version {streamVersion} but its events and links stop at version {rows[^1].Version}: the latest were deleted.");

        return new ChildChainResult(null, events, chained, sealedCount, unsealed, lastLinked > 0 ? new ChainHead(child, lastLinked, previous) : null);
    }

    /// <summary>
    /// An event without a link, inside a chained child: when the next link runs from what this
    /// event's link would have been, only its link row was deleted; when it runs from the link
    /// before, the event was slipped in after the fact.
    /// </summary>
    private static string Unlinked(ChainRow row, string previous, ChainRow? next, bool anyLink, out string detail)
    {
        var wouldBe = ChainHashes.Link(previous, ChainHashes.Sha256Hex(row.Canonical!));
        if (next is { HasLink: true } && next.PrevHash == wouldBe)
        {
            detail = $"Event {row.Version} was chained (link {row.Version + 1} runs from it) but its link row was deleted.";
            return "link-missing";
        }
        if (next is { HasLink: true } && next.PrevHash == previous)
        {
            detail = $"Event {row.Version} is not in the chain: link {row.Version + 1} runs from link {row.Version - 1}, so the event was inserted after the fact.";
            return "event-inserted";
        }
        detail = anyLink
            ? $"Event {row.Version} has no link: it was inserted after the fact, or its link was deleted."
            : $"None of the child's events is chained, yet event {row.Version} was stored after chaining began: its links were deleted, or the events were written around the store.";
        return "not-chained";
    }

    private static string Short(string? hash) => hash is null ? "none" : hash[..Math.Min(12, hash.Length)] + "…";
}
