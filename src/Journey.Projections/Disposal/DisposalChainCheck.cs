using Journey.Projections.Integrity;

namespace Journey.Projections.Disposal;

/// <summary>
/// Recomputes the disposals' chain in .NET from the canonical text PostgreSQL renders (trusting no
/// stored digest), as a child's chain is recomputed, and checks it against the access log, which
/// records every disposal carried out. Pure: the rows come from <see cref="DisposalLedger"/>.
/// Breaks are reported at the row's child, with the disposal's number as the version:
/// <c>disposal-missing</c> (a number skipped: a row deleted; or a disposal the access log records
/// with no row: the latest rows deleted) and <c>disposal-altered</c> (a row that does not recompute,
/// or does not run from the row before it: rewritten).
/// </summary>
public static class DisposalChainCheck
{
    public const string Missing = "disposal-missing";
    public const string Altered = "disposal-altered";

    public static List<ChainBreak> Check(IReadOnlyList<DisposalRow> rows, IEnumerable<string> loggedChildren)
    {
        var breaks = new List<ChainBreak>();
        var previous = EventHashSchema.Genesis;
        long expected = 1;
        foreach (var row in rows)
        {
            if (row.Number != expected)
            {
                breaks.Add(new ChainBreak(row.ChildId, expected,
                    Missing, $"Disposal {expected} is missing: the disposals run from {expected - 1} to {row.Number} (of {row.ChildId}); a row was deleted."));
                break;
            }
            if (row.PrevHash != previous)
            {
                breaks.Add(new ChainBreak(row.ChildId, row.Number, Altered,
                    $"Disposal {row.Number} (of {row.ChildId}) does not run from disposal {row.Number - 1}: this row, or the one before it, was rewritten."));
                break;
            }
            if (ChainHashes.Link(previous, ChainHashes.Sha256Hex(row.Canonical)) != row.Hash)
            {
                breaks.Add(new ChainBreak(row.ChildId, row.Number, Altered,
                    $"Disposal {row.Number} (of {row.ChildId}) does not recompute: its row was altered after it was made."));
                break;
            }
            previous = row.Hash;
            expected++;
        }

        var recorded = rows.Select(r => r.ChildId).ToHashSet(StringComparer.Ordinal);
        foreach (var child in loggedChildren.Where(c => !recorded.Contains(c)).Order(StringComparer.Ordinal))
            breaks.Add(new ChainBreak(child, 0, Missing,
                $"The access log records the disposal of {child}, but journey.disposals holds no row for it: the row was deleted."));
        return breaks;
    }
}
