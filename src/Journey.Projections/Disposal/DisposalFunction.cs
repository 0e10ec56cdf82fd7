using Weasel.Postgresql.Functions;

namespace Journey.Projections.Disposal;

/// <summary>
/// journey.dispose_child: disposes of one child's record in the caller's transaction (decision 67).
/// SECURITY DEFINER, so it runs with the schema owner's rights: the service role, which may not
/// DELETE events or change the hash chain, can dispose of a record only through it, and it always
/// leaves the chained disposal row behind. Only the service role may EXECUTE it (DatabaseAccess).
/// It refuses, with a SQLSTATE of its own, a child already disposed of, a stream that moved on since
/// the retention period was judged, and a chain that does not recompute (a broken chain is evidence,
/// and is kept for the auditor).
/// </summary>
public static class DisposalFunction
{
    public static readonly string Name = $"{JourneyStore.Schema}.dispose_child";
    /// <summary>The argument types, as a GRANT or REVOKE names the function.</summary>
    public static readonly string Signature = $"{Name}(text, bigint, text, text, text, text)";

    /// <summary>The child's hash chain does not recompute, or some of its events are not chained.</summary>
    public const string ChainNotIntact = "JD001";
    /// <summary>The child's stream is not at the version its retention was judged at (or is gone).</summary>
    public const string StreamMoved = "JD002";
    public const string AlreadyDisposed = "JD003";
    /// <summary>Raised by journey.chain_event when a new journey would start under a disposed child's id.</summary>
    public const string RecordDisposed = "JD004";

    /// <summary>The first key of the advisory lock that serialises disposals, so each row runs from the one before.</summary>
    public const int LockClass = 0x4A44; // "JD"

    /// <summary>
    /// The function, from Disposal/dispose_child.sql. Its deletes name every table holding a child's rows by child_id
    /// (<see cref="DisposalSchema.ChildTables"/>); SqlFileTests holds the file to that list, so a table a projection adds
    /// later fails the build's tests until the file deletes from it too.
    /// </summary>
    public static Function Create() => SqlFile.Function(typeof(DisposalFunction), "dispose_child");
}
