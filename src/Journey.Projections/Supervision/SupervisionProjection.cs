using Journey.Domain.Supervision;
using Journey.Projections.Corrections;
using Journey.Projections.Reviews;
using Journey.Projections.Sets;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Supervision;

/// <summary>
/// journey.supervisions: every case supervision held, keyed by stream version so corrections and
/// withdrawals find it. A supervision names no episode: it counts for every episode the child had
/// open on its (UK) date. Three chains run over it, each from the episode's start and each
/// supervision due within the rulebook's interval of the one held before it:
/// protection_supervision_as_at(t) over child protection plans (4 weeks),
/// child_in_need_supervision_as_at(t) over child in need plans and looked_after_supervision_as_at(t)
/// over episodes of care (8 weeks); supervisions_as_at(t) is the three together with a kind column.
/// Each also takes (t, as_recorded): only what had been recorded by t.
/// </summary>
public sealed class SupervisionProjection : CorrectableSetProjection<SupervisionProjection.Batch>
{
    public static readonly PostgresqlObjectName SupervisionsTable = new(JourneyStore.Schema, "supervisions", SchemaUtils.IdentifierUsage.General);
    public static readonly string ProtectionChainFunctionName = $"{JourneyStore.Schema}.protection_supervision_as_at";
    public static readonly string ChildInNeedChainFunctionName = $"{JourneyStore.Schema}.child_in_need_supervision_as_at";
    public static readonly string LookedAfterChainFunctionName = $"{JourneyStore.Schema}.looked_after_supervision_as_at";
    public static readonly string AllChainsFunctionName = $"{JourneyStore.Schema}.supervisions_as_at";

    /// <summary>The kinds of supervision chain, as the kind column and the API spell them.</summary>
    public static class Kinds
    {
        public const string Protection = "protection";
        public const string ChildInNeed = "child-in-need";
        public const string LookedAfter = "looked-after";
        public static readonly IReadOnlyList<string> All = [Protection, ChildInNeed, LookedAfter];
    }

    public SupervisionProjection()
    {
        Name = "Supervisions";
        var table = new Table(SupervisionsTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn("held_at", "timestamptz").NotNull();
        table.AddColumn("supervisor", "text").NotNull();
        // When the supervision was first recorded (nullable, as in the chain tables).
        table.AddColumn("recorded_at", "timestamptz");
        SchemaObjects.Add(table);
        // A chain over each kind of episode (decision 181): the supervisions held on a UK date from the episode's start
        // date to its end date (both included) are that episode's, so one supervision of a child on a plan and in care
        // counts for both. As recorded, an episode whose end had not been recorded by as_at was still open as far as
        // anyone knew, so a supervision after that end counts for it.
        foreach (var chain in new[] { ProtectionChainFunctionName, ChildInNeedChainFunctionName, LookedAfterChainFunctionName })
            foreach (var function in ReviewChainSchema.Chain(typeof(SupervisionProjection), chain)) SchemaObjects.Add(function);
        SchemaObjects.Add(SqlFile.Function(typeof(SupervisionProjection), "supervisions_as_at"));
    }

    /// <summary>Records (or, correcting, replaces) a supervision; the time it was first recorded stays.</summary>
    protected override void Apply(Batch batch, string child, long version, DateTimeOffset recordedAt, object fact)
    {
        if (fact is SupervisionHeld supervision)
            batch.Rows.Upsert((child, version), new SupervisionRow(child, version, supervision.OccurredAt.ToUniversalTime(), supervision.Supervisor, recordedAt.ToUniversalTime()));
    }

    protected override void Withdraw(Batch batch, string child, long version, object fact)
    {
        if (fact is SupervisionHeld) batch.Rows.Delete((child, version));
    }

    /// <summary>The supervisions withdrawn, then those held or corrected, each in one statement; a row stored keeps when it was first recorded.</summary>
    protected override void Write(IDocumentOperations operations, Batch batch)
    {
        SetStatements.DeleteChildRows(operations, SupervisionsTable, "version", "bigint", batch.Rows.Deletes);
        var rows = batch.Rows.Upserts;
        if (rows.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {SupervisionsTable.QualifiedName} (child_id, version, held_at, supervisor, recorded_at)
            SELECT * FROM unnest(?::text[], ?::bigint[], ?::timestamptz[], ?::text[], ?::timestamptz[])
            ON CONFLICT (child_id, version) DO UPDATE SET held_at = excluded.held_at, supervisor = excluded.supervisor,
              recorded_at = coalesce({SupervisionsTable.QualifiedName}.recorded_at, excluded.recorded_at)
            """, rows.Select(r => r.Child).ToArray(), rows.Select(r => r.Version).ToArray(), rows.Select(r => r.HeldAt).ToArray(),
            rows.Select(r => r.Supervisor).ToArray(), rows.Select(r => r.RecordedAt).ToArray());
    }

    public sealed record SupervisionRow(string Child, long Version, DateTimeOffset HeldAt, string Supervisor, DateTimeOffset RecordedAt);

    /// <summary>A batch's supervisions, by (child, version); a correction keeps the time the supervision was first recorded.</summary>
    public sealed class Batch
    {
        public RowChanges<(string, long), SupervisionRow> Rows { get; } = new((earlier, later) => later with { RecordedAt = earlier.RecordedAt });
    }
}
