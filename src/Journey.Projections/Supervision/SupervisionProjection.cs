using Journey.Domain.Supervision;
using Journey.Projections.ChildInNeed;
using Journey.Projections.Corrections;
using Journey.Projections.LookedAfter;
using Journey.Projections.Plans;
using Journey.Projections.Reviews;
using Journey.Projections.Sets;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
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
        const string recorded = "started_recorded_at, ended_recorded_at";
        SchemaObjects.Add(Chain(ProtectionChainFunctionName, "plan_number",
            $"SELECT child_id, plan_number AS number, started_at, ended_at, {recorded} FROM {ProtectionPlanProjection.PlansTable.QualifiedName}",
            "protection-supervision"));
        SchemaObjects.Add(Chain(ChildInNeedChainFunctionName, "plan_number",
            $"SELECT child_id, plan_number AS number, started_at, ended_at, {recorded} FROM {ChildInNeedVisitProjection.PlansTable.QualifiedName}",
            "child-in-need-supervision"));
        SchemaObjects.Add(Chain(LookedAfterChainFunctionName, "care_episode_number",
            $"SELECT child_id, care_episode_number AS number, entered_at AS started_at, left_at AS ended_at, {recorded} FROM {LookedAfterReviewProjection.EpisodesTable.QualifiedName}",
            "looked-after-supervision"));
        SchemaObjects.Add(AllChains());
    }

    /// <summary>
    /// A chain over one kind of episode: the supervisions held on a UK date from the episode's start
    /// date to its end date (both included) are that episode's, so one supervision of a child on a
    /// plan and in care counts for both. As recorded, an episode whose end had not been recorded by
    /// as_at was still open as far as anyone knew, so a supervision after that end counts for it.
    /// </summary>
    private static Function Chain(string name, string numberColumn, string episodes, string measure)
    {
        var held = $"""
            SELECT s.child_id, e.number, s.held_at, s.recorded_at
            FROM {SupervisionsTable.QualifiedName} s
            JOIN ({episodes}) e ON e.child_id = s.child_id
             AND {UkDate("s.held_at")} >= {UkDate("e.started_at")}
             AND (e.ended_at IS NULL OR {UkDate("s.held_at")} <= {UkDate("e.ended_at")} OR {ReviewChainSchema.NotYetKnown("e.ended_recorded_at")})
            """;
        return ReviewChainSchema.Build(name, numberColumn, "supervision", episodes, held,
            new ReviewChainSchema.ChainRules(measure, measure, measure));
    }

    private static string UkDate(string instant) => $"({instant} AT TIME ZONE 'Europe/London')::date";

    // due_from and rule_id after the columns analysts' SQL already reads, as every other chain gives them (decision 107).
    private const string AllChainsColumns =
        "kind text, child_id text, episode integer, supervision integer, due_date date, held_at timestamptz, status text, due_from date, rule_id text";

    private static Function AllChains() => JourneyFunction.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{AllChainsFunctionName}}(as_at timestamptz, as_recorded boolean)
        RETURNS TABLE ({{AllChainsColumns}})
        LANGUAGE sql STABLE AS $fn$
          SELECT '{{Kinds.Protection}}', c.child_id, c.plan_number, c.supervision, c.due_date, c.held_at, c.status, c.due_from, c.rule_id
          FROM {{ProtectionChainFunctionName}}(as_at, as_recorded) c
          UNION ALL
          SELECT '{{Kinds.ChildInNeed}}', c.child_id, c.plan_number, c.supervision, c.due_date, c.held_at, c.status, c.due_from, c.rule_id
          FROM {{ChildInNeedChainFunctionName}}(as_at, as_recorded) c
          UNION ALL
          SELECT '{{Kinds.LookedAfter}}', c.child_id, c.care_episode_number, c.supervision, c.due_date, c.held_at, c.status, c.due_from, c.rule_id
          FROM {{LookedAfterChainFunctionName}}(as_at, as_recorded) c
        $fn$;
        {{ReviewChainSchema.AsOccurred(AllChainsFunctionName, AllChainsColumns)}}
        """);

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
