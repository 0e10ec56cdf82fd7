using JasperFx.Events;
using Journey.Domain.LookedAfter;
using Journey.Projections.Reviews;
using Journey.Projections.Sets;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.LookedAfter;

/// <summary>
/// journey.care_entries (each period of care: entered, planned or not, left, placed for adoption),
/// journey.placements (each placement, ended by the next placement of the same period of care or by
/// leaving care, with whether it is long-term and since when the child has lived with the same
/// carer) and journey.looked_after_visits (each visit in which the child was seen). From them:
/// looked_after_visits_as_at(t) and (t, as_recorded), the Care Planning Regulations 2010 reg 28
/// visit chain per placement; placement_stability_as_at(t) and (t, as_recorded), the DfE stability flags per child in care; and the view
/// entries_into_care, each period of care flagged unplanned. See <see cref="PlacementSql"/>.
/// </summary>
public sealed class PlacementProjection : SetProjection
{
    public static readonly PostgresqlObjectName CareEntriesTable = new(JourneyStore.Schema, "care_entries", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName PlacementsTable = new(JourneyStore.Schema, "placements", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName VisitsTable = new(JourneyStore.Schema, "looked_after_visits", SchemaUtils.IdentifierUsage.General);
    public static readonly string VisitChainFunctionName = $"{JourneyStore.Schema}.looked_after_visits_as_at";
    public static readonly string StabilityFunctionName = $"{JourneyStore.Schema}.placement_stability_as_at";
    public static readonly string EntriesView = $"{JourneyStore.Schema}.entries_into_care";
    private const string Episode = "care_episode_number";

    public PlacementProjection()
    {
        Name = "Placements";
        SchemaObjects.Add(CareEntries());
        SchemaObjects.Add(Placements());
        SchemaObjects.Add(ReviewChainSchema.HeldTable(VisitsTable, Episode));
        foreach (var function in PlacementSql.VisitChain()) SchemaObjects.Add(function);
        SchemaObjects.Add(PlacementSql.Stability());
        // Each period of care with the month it began and whether the entry was unplanned (entries_into_care.sql).
        SchemaObjects.Add(SqlFile.View(typeof(PlacementProjection), "entries_into_care"));
    }

    private static Table CareEntries()
    {
        var table = new Table(CareEntriesTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn(Episode, "integer").AsPrimaryKey();
        table.AddColumn("entered_at", "timestamptz").NotNull();
        table.AddColumn("legal_status", "text").NotNull();
        table.AddColumn("planned", "boolean").NotNull();
        table.AddColumn("left_at", "timestamptz");
        table.AddColumn("placed_for_adoption_at", "timestamptz");
        // When the placement for adoption was first recorded: placement stability's as-recorded view.
        table.AddColumn("placed_for_adoption_recorded_at", "timestamptz");
        // When entering and leaving care were first recorded: the placements' as-recorded view needs the leaving.
        ReviewChainSchema.AddEpisodeRecordedColumns(table);
        return table;
    }

    private static Table Placements()
    {
        var table = new Table(PlacementsTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("placement_number", "integer").AsPrimaryKey();
        table.AddColumn(Episode, "integer").NotNull();
        table.AddColumn("started_at", "timestamptz").NotNull();
        table.AddColumn("placement_type", "text").NotNull();
        table.AddColumn("long_term", "boolean").NotNull();
        table.AddColumn("reason_for_change", "text");
        // The first placement of a period of care, or a move to another carer (not a change of status only).
        table.AddColumn("new_carer", "boolean").NotNull();
        // Kept by Recompute from the placements and the period of care, never from one event alone.
        table.AddColumn("same_carer_since", "timestamptz");
        table.AddColumn("ended_at", "timestamptz");
        // When the placement was first recorded, and when what ended it was (the next placement, or leaving care), by Recompute.
        ReviewChainSchema.AddEpisodeRecordedColumns(table);
        return table;
    }

    /// <remarks>
    /// Written in sets (decision 179). A placement's end and carer come from the other placements of its period of care
    /// and from leaving care, which only the rows as they stand say, so a batch with steps of a period of care reads its
    /// children's periods and placements once, through the session (decision 155), folds its facts into them in memory
    /// (<see cref="CarePeriodRows"/>), and writes what changed: per table, one delete and one upsert. Visits are a chain's
    /// held table (<see cref="HeldChanges"/>), written without reading.
    /// </remarks>
    protected override async Task ApplyBatchAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var facts = StepFact.Of(events).ToList();
        var periods = facts.Where(f => CarePeriodRows.Changes(f.Fact)).ToList();
        if (periods.Count > 0)
        {
            var children = periods.Select(f => f.Child).Distinct().ToList();
            var before = await Load(operations, children, cancellation);
            var after = new CarePeriodRows(before.Entries.Values, before.Placements.Values);
            foreach (var f in periods) after.Fold(f.Child, f.Event.Timestamp, f.Fact, f.Withdrawn);
            after.Recompute(children);
            Write(operations, before, after);
        }

        var visits = new HeldChanges();
        foreach (var f in facts.Where(f => f.Fact is LookedAfterVisitMade))
        {
            // Only a visit in which the child was seen counts; a correction to "not seen" removes it.
            if (f is { Withdrawn: false, Fact: LookedAfterVisitMade { ChildSeen: true } visit })
                visits.Held(f.Child, f.Version, visit.CareEpisodeNumber, visit.OccurredAt, f.Event.Timestamp);
            else visits.Withdrawn(f.Child, f.Version);
        }
        visits.Write(operations, VisitsTable, Episode);
    }

    private static async Task<CarePeriodRows> Load(IDocumentOperations operations, IReadOnlyCollection<string> children, CancellationToken cancellation)
    {
        var entries = await SetStatements.ChildRows<CareEntryRow>(operations, CareEntriesTable, children, cancellation);
        var placements = await SetStatements.ChildRows<PlacementRow>(operations, PlacementsTable, children, cancellation);
        return new CarePeriodRows(entries, placements);
    }

    /// <summary>Per table, the rows the fold removed in one delete, and those it added or changed, whole, in one upsert.</summary>
    private static void Write(IDocumentOperations operations, CarePeriodRows before, CarePeriodRows after)
    {
        var (removedEntries, entries) = SetStatements.Difference(before.Entries, after.Entries);
        SetStatements.DeleteChildRows(operations, CareEntriesTable, Episode, "integer", removedEntries);
        if (entries.Count > 0)
            operations.QueueSqlCommand($"""
                INSERT INTO {CareEntriesTable.QualifiedName} (child_id, {Episode}, entered_at, legal_status, planned, left_at, placed_for_adoption_at,
                  placed_for_adoption_recorded_at, started_recorded_at, ended_recorded_at)
                SELECT * FROM unnest(?::text[], ?::integer[], ?::timestamptz[], ?::text[], ?::boolean[], ?::timestamptz[], ?::timestamptz[],
                  ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
                ON CONFLICT (child_id, {Episode}) DO UPDATE SET entered_at = excluded.entered_at, legal_status = excluded.legal_status,
                  planned = excluded.planned, left_at = excluded.left_at, placed_for_adoption_at = excluded.placed_for_adoption_at,
                  placed_for_adoption_recorded_at = excluded.placed_for_adoption_recorded_at, started_recorded_at = excluded.started_recorded_at,
                  ended_recorded_at = excluded.ended_recorded_at
                """, entries.Select(e => e.ChildId).ToArray(), entries.Select(e => e.CareEpisodeNumber).ToArray(), entries.Select(e => e.EnteredAt).ToArray(),
                entries.Select(e => e.LegalStatus).ToArray(), entries.Select(e => e.Planned).ToArray(), entries.Select(e => e.LeftAt).ToArray(),
                entries.Select(e => e.PlacedForAdoptionAt).ToArray(), entries.Select(e => e.PlacedForAdoptionRecordedAt).ToArray(),
                entries.Select(e => e.StartedRecordedAt).ToArray(), entries.Select(e => e.EndedRecordedAt).ToArray());

        var (removedPlacements, placements) = SetStatements.Difference(before.Placements, after.Placements);
        SetStatements.DeleteChildRows(operations, PlacementsTable, "placement_number", "integer", removedPlacements);
        if (placements.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {PlacementsTable.QualifiedName} (child_id, placement_number, {Episode}, started_at, placement_type, long_term, reason_for_change,
              new_carer, same_carer_since, ended_at, started_recorded_at, ended_recorded_at)
            SELECT * FROM unnest(?::text[], ?::integer[], ?::integer[], ?::timestamptz[], ?::text[], ?::boolean[], ?::text[], ?::boolean[],
              ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
            ON CONFLICT (child_id, placement_number) DO UPDATE SET {Episode} = excluded.{Episode}, started_at = excluded.started_at,
              placement_type = excluded.placement_type, long_term = excluded.long_term, reason_for_change = excluded.reason_for_change,
              new_carer = excluded.new_carer, same_carer_since = excluded.same_carer_since, ended_at = excluded.ended_at,
              started_recorded_at = excluded.started_recorded_at, ended_recorded_at = excluded.ended_recorded_at
            """, placements.Select(p => p.ChildId).ToArray(), placements.Select(p => p.PlacementNumber).ToArray(),
            placements.Select(p => p.CareEpisodeNumber).ToArray(), placements.Select(p => p.StartedAt).ToArray(), placements.Select(p => p.PlacementType).ToArray(),
            placements.Select(p => p.LongTerm).ToArray(), placements.Select(p => p.ReasonForChange).ToArray(), placements.Select(p => p.NewCarer).ToArray(),
            placements.Select(p => p.SameCarerSince).ToArray(), placements.Select(p => p.EndedAt).ToArray(),
            placements.Select(p => p.StartedRecordedAt).ToArray(), placements.Select(p => p.EndedRecordedAt).ToArray());
    }
}
