using JasperFx.Events;
using Journey.Domain.Permanence;
using Journey.Projections.Sets;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.LookedAfter;

/// <summary>
/// journey.permanence_plans: every permanence plan recorded (keyed by stream version so corrections
/// and withdrawals find it), ratified or not, with when it was first recorded. The function
/// permanence_plans_as_at(t), and (t, as_recorded) for only what had been recorded by t, gives each
/// period of care's permanence plan against the guidance that it be in place by the second
/// looked-after review: due on the day the second review is actually held (so it is open, in
/// time, until then), met by the first ratified plan made on or before that day.
/// </summary>
public sealed class PermanencePlanProjection : SetProjection
{
    public static readonly PostgresqlObjectName PlansTable = new(JourneyStore.Schema, "permanence_plans", SchemaUtils.IdentifierUsage.General);
    public static readonly string AsAtFunction = $"{JourneyStore.Schema}.permanence_plans_as_at";

    public PermanencePlanProjection()
    {
        Name = "PermanencePlans";
        var table = new Table(PlansTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn("care_episode_number", "integer").NotNull();
        table.AddColumn("made_at", "timestamptz").NotNull();
        table.AddColumn("kind", "text").NotNull();
        table.AddColumn("ratified", "boolean").NotNull();
        // When the plan was first recorded (kept through corrections; nullable for rows made before it was kept).
        table.AddColumn("recorded_at", "timestamptz");
        SchemaObjects.Add(table);
        SchemaObjects.Add(AsAt());
    }

    /// <summary>
    /// One row per period of care begun by <c>as_at</c>: the second review held by then (the due
    /// date; none yet while it has not been held), the first ratified plan made by then, the first
    /// plan still awaiting ratification, and status: met (a ratified plan on or before the second
    /// review's UK date, or before any second review), late (after it), open-in-time (neither yet),
    /// open-overdue (second review held, no ratified plan). A period of care that ended without a
    /// ratified plan owes none (as the care clocks in measure_clocks) and is left out.
    /// </summary>
    /// <remarks>
    /// As recorded at as_at, a period of care counts once its entry had been recorded and has ended
    /// once its leaving had; a review and a plan count once recorded: a plan made before the second
    /// review but recorded after it is open-overdue until it was recorded.
    /// </remarks>
    private static Function AsAt() => SqlFile.Function(typeof(PermanencePlanProjection), "permanence_plans_as_at");

    /// <summary>
    /// The batch's plans in at most two statements (decision 173): those withdrawn, then those made or corrected, one
    /// per plan, the last change in sequence order winning; a correction keeps the time the plan was first recorded,
    /// whether that row is stored or earlier in the batch.
    /// </summary>
    protected override void ApplyBatch(IDocumentOperations operations, IReadOnlyList<IEvent> events)
    {
        var plans = new RowChanges<(string, long), PlanRow>((earlier, later) => later with { RecordedAt = earlier.RecordedAt });
        foreach (var (e, child, version, fact, withdrawn) in StepFact.Of(events))
        {
            if (fact is not PermanencePlanMade plan) continue;
            if (withdrawn) plans.Delete((child, version));
            else plans.Upsert((child, version), new PlanRow(child, version, plan.CareEpisodeNumber, plan.OccurredAt.ToUniversalTime(), plan.Kind.ToString(),
                plan.Ratified, e.Timestamp.ToUniversalTime()));
        }
        SetStatements.DeleteChildRows(operations, PlansTable, "version", "bigint", plans.Deletes);
        var rows = plans.Upserts;
        if (rows.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {PlansTable.QualifiedName} (child_id, version, care_episode_number, made_at, kind, ratified, recorded_at)
            SELECT * FROM unnest(?::text[], ?::bigint[], ?::integer[], ?::timestamptz[], ?::text[], ?::boolean[], ?::timestamptz[])
            ON CONFLICT (child_id, version) DO UPDATE SET
              care_episode_number = excluded.care_episode_number, made_at = excluded.made_at, kind = excluded.kind, ratified = excluded.ratified,
              recorded_at = coalesce({PlansTable.QualifiedName}.recorded_at, excluded.recorded_at)
            """, rows.Select(r => r.Child).ToArray(), rows.Select(r => r.Version).ToArray(), rows.Select(r => r.CareEpisode).ToArray(),
            rows.Select(r => r.MadeAt).ToArray(), rows.Select(r => r.Kind).ToArray(), rows.Select(r => r.Ratified).ToArray(),
            rows.Select(r => r.RecordedAt).ToArray());
    }

    private sealed record PlanRow(string Child, long Version, int CareEpisode, DateTimeOffset MadeAt, string Kind, bool Ratified, DateTimeOffset RecordedAt);
}
