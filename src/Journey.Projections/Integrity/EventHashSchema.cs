using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Integrity;

/// <summary>
/// journey.event_hashes: one row per event, keyed like the event (child, stream version), holding
/// the link of the child's hash chain: hash(n) = SHA-256(hash(n-1) ‖ SHA-256(canonical(n))), all as
/// lower-case hex, with hash(0) = 64 zeros. The rows are computed by PostgreSQL from the event rows
/// as stored (journey.chain_event), in the transaction that appends them, so what is hashed is
/// exactly what an auditor later reads back. See docs/decisions.md (tamper evidence).
/// </summary>
public static class EventHashSchema
{
    public static readonly PostgresqlObjectName HashesTable = new(JourneyStore.Schema, "event_hashes", SchemaUtils.IdentifierUsage.General);
    public static readonly string CanonicalFunction = $"{JourneyStore.Schema}.event_canonical";
    public static readonly string ChainFunction = $"{JourneyStore.Schema}.chain_event";
    public static readonly string ChainBatchFunction = $"{JourneyStore.Schema}.chain_events";
    public static readonly string ChainSetFunction = $"{JourneyStore.Schema}.chain_events_set";
    public static readonly string SealFunction = $"{JourneyStore.Schema}.seal_stream";
    private static readonly string LinkFunction = $"{JourneyStore.Schema}.link_events";

    /// <summary>The link before a child's first event.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>How the link was made: in the transaction that appended the event, or afterwards (history sealed once).</summary>
    public const string Appended = "appended";
    public const string Sealed = "sealed";

    /// <summary>
    /// The first key of the two-key advisory lock that serialises chaining one child (the second is
    /// hashtext(child)); two-key locks never meet the one-key locks Marten and Wolverine take.
    /// </summary>
    public const int LockClass = 0x4A48; // "JH"

    /// <summary>The canonical form's name, first in every canonical text: a later form gets a new name.</summary>
    public const string CanonicalForm = "journey-event-v1";

    public static Table Hashes()
    {
        var table = new Table(HashesTable);
        table.AddColumn("stream_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn("seq_id", "bigint").NotNull();
        table.AddColumn("event_id", "uuid").NotNull();
        table.AddColumn("data_sha256", "text").NotNull();
        table.AddColumn("event_sha256", "text").NotNull();
        table.AddColumn("prev_hash", "text").NotNull();
        table.AddColumn("hash", "text").NotNull();
        table.AddColumn("origin", "text").NotNull();
        table.AddColumn("chained_at", "timestamptz").NotNull();
        table.AddColumn("sealed_by", "text");
        // Verification asks for the first link chained when appended (where chaining began).
        table.Indexes.Add(new IndexDefinition("event_hashes_origin_seq") { Columns = ["origin", "seq_id"] });
        return table;
    }

    public static IEnumerable<Function> Functions() => [Canonical(), Link(), Chain(), ChainSet(), ChainBatch(), Seal()];

    /// <summary>
    /// The canonical text of one event: a JSON array, rendered by PostgreSQL's jsonb output, of the
    /// form's name, child (stream key), version, event type, the data as stored, the timestamp in UTC
    /// to the microsecond, recorder (user name), correlation id, causation id and every header (for an
    /// import, who imported it and when). jsonb renders keys in its own fixed order with fixed
    /// spacing, so the text depends only on the values stored, not on how a writer spelled them, and
    /// JSON quoting leaves no doubt where one field ends. The timestamp is formatted explicitly so the
    /// session's TimeZone cannot change it.
    /// </summary>
    private static Function Canonical() => SqlFile.Function(typeof(EventHashSchema), "event_canonical");

    /// <summary>
    /// Chains a child's events p_from..p_to, in version order, on from the child's highest link
    /// below p_from (or the genesis). A row inserted by the current transaction is 'appended'; any
    /// other is 'sealed' (stored before it was chained: history from before this feature, or a replay).
    /// </summary>
    private static Function Link() => SqlFile.Function(typeof(EventHashSchema), "link_events");

    /// <summary>
    /// Chains event p_version of a child, called by the inline projection in the transaction that
    /// appended it, after Marten's own inserts. A child with no links yet (history from before this
    /// feature) is sealed first, so its chain runs unbroken from version 1. A version already chained
    /// is left alone, so a replay of the projection rewrites nothing; a child whose links stop short
    /// of the previous version is chained on from its last link and verification reports the gap.
    /// An event that is not there fails the write: nothing is stored unchained. So does the first
    /// event of a child whose record was disposed of (journey.disposals).
    /// </summary>
    private static Function Chain() => SqlFile.Function(typeof(EventHashSchema), "chain_event");

    /// <summary>
    /// Chains a batch of events, the i-th being version p_versions[i] of child p_streams[i] recorded by
    /// p_by[i], with the links journey.chain_event gives called for each in the order given: the inline
    /// projection's one statement for all the events of a transaction or a replayed page. A batch of four
    /// events or more is chained in sets (journey.chain_events_set); a smaller one, what an API request
    /// makes, by one chain_event each, which costs less for so few (decision 175).
    /// </summary>
    private static Function ChainBatch() => SqlFile.Function(typeof(EventHashSchema), "chain_events");

    /// <summary>
    /// Chains a batch in sets, with the links chain_event gives called for each in the order given
    /// (decisions 164, 174): every child locked in one order, the rows to link read with their digests
    /// in one query whose every read is by one child's key, the links made in one pass, inserted in one
    /// statement. Its plan is kept generic, made once a session. A batch naming a child's versions out
    /// of order is chained one event at a time.
    /// </summary>
    private static Function ChainSet() => SqlFile.Function(typeof(EventHashSchema), "chain_events_set");

    /// <summary>
    /// Seals a child none of whose events is chained yet (history stored before this feature):
    /// chains every event it has, marked 'sealed' with who sealed it and when. A child with any link
    /// is left alone (answers 0): sealing never fills a gap in a chain, which is evidence.
    /// </summary>
    private static Function Seal() => SqlFile.Function(typeof(EventHashSchema), "seal_stream");
}
