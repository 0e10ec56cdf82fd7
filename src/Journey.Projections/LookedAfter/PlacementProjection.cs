using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Projections.Corrections;
using Journey.Projections.Reviews;
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
public sealed class PlacementProjection : CorrectableEventProjection
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
        SchemaObjects.Add(PlacementSql.VisitChain());
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

    protected override void Apply(IDocumentOperations operations, string child, long version, DateTimeOffset recordedAt, object fact)
    {
        switch (fact)
        {
            case EnteredCare c: Enter(operations, child, c, recordedAt); break;
            case LeftCare l:
                ReviewChainSchema.EpisodeEnded(operations, CareEntriesTable, Episode, "left_at", child, l.CareEpisodeNumber, l.OccurredAt, recordedAt);
                Recompute(operations, child, l.CareEpisodeNumber);
                break;
            case PlacementStarted p: Place(operations, child, p, recordedAt); break;
            case LookedAfterVisitMade v: Visit(operations, child, version, recordedAt, v); break;
            case AdoptionStepTaken { Step: AdoptionStep.Placed } a: PlacedForAdoption(operations, child, a.CareEpisodeNumber, a.OccurredAt, recordedAt); break;
        }
    }

    protected override void Withdraw(IDocumentOperations operations, string child, long version, object fact)
    {
        switch (fact)
        {
            case EnteredCare c:
                operations.QueueSqlCommand($"DELETE FROM {CareEntriesTable.QualifiedName} WHERE child_id = ? AND {Episode} = ?", child, c.CareEpisodeNumber);
                break;
            case LeftCare l:
                ReviewChainSchema.EpisodeEndWithdrawn(operations, CareEntriesTable, Episode, "left_at", child, l.CareEpisodeNumber);
                Recompute(operations, child, l.CareEpisodeNumber);
                break;
            case PlacementStarted p:
                operations.QueueSqlCommand($"DELETE FROM {PlacementsTable.QualifiedName} WHERE child_id = ? AND placement_number = ?", child, p.PlacementNumber);
                Recompute(operations, child, p.CareEpisodeNumber);
                break;
            case LookedAfterVisitMade: ReviewChainSchema.Withdrawn(operations, VisitsTable, child, version); break;
            case AdoptionStepTaken { Step: AdoptionStep.Placed } a:
                operations.QueueSqlCommand($"""
                    UPDATE {CareEntriesTable.QualifiedName} SET placed_for_adoption_at = NULL, placed_for_adoption_recorded_at = NULL
                    WHERE child_id = ? AND {Episode} = ?
                    """, child, a.CareEpisodeNumber);
                break;
        }
    }

    private static void Enter(IDocumentOperations operations, string child, EnteredCare entered, DateTimeOffset recordedAt) =>
        operations.QueueSqlCommand($"""
            INSERT INTO {CareEntriesTable.QualifiedName} (child_id, {Episode}, entered_at, legal_status, planned, started_recorded_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (child_id, {Episode}) DO UPDATE SET
              entered_at = excluded.entered_at, legal_status = excluded.legal_status, planned = excluded.planned,
              started_recorded_at = coalesce({CareEntriesTable.QualifiedName}.started_recorded_at, excluded.started_recorded_at)
            """, child, entered.CareEpisodeNumber, entered.OccurredAt.ToUniversalTime(), entered.LegalStatus, entered.Planned,
            recordedAt.ToUniversalTime());

    /// <summary>Records (or, correcting, moves) the placement for adoption; the time it was first recorded stays.</summary>
    private static void PlacedForAdoption(IDocumentOperations operations, string child, int episode, DateTimeOffset placedAt, DateTimeOffset recordedAt) =>
        operations.QueueSqlCommand($"""
            UPDATE {CareEntriesTable.QualifiedName}
            SET placed_for_adoption_at = ?, placed_for_adoption_recorded_at = coalesce(placed_for_adoption_recorded_at, ?)
            WHERE child_id = ? AND {Episode} = ?
            """, placedAt.ToUniversalTime(), recordedAt.ToUniversalTime(), child, episode);

    /// <summary>Records (or, correcting, replaces) a placement; the time it was first recorded stays.</summary>
    private static void Place(IDocumentOperations operations, string child, PlacementStarted placement, DateTimeOffset recordedAt)
    {
        // A first placement has no reason for change.
        var values = new SqlValues(child, placement.PlacementNumber, placement.CareEpisodeNumber, placement.OccurredAt.ToUniversalTime(),
                placement.PlacementType, PlacementKinds.IsLongTerm(placement.PlacementType))
            .Add(placement.ReasonForChange).Add(PlacementKinds.IsNewCarer(placement.ReasonForChange)).Add(recordedAt.ToUniversalTime());
        operations.QueueSqlCommand($"""
            INSERT INTO {PlacementsTable.QualifiedName}
              (child_id, placement_number, {Episode}, started_at, placement_type, long_term, reason_for_change, new_carer, started_recorded_at)
            VALUES ({values.Placeholders})
            ON CONFLICT (child_id, placement_number) DO UPDATE SET
              {Episode} = excluded.{Episode}, started_at = excluded.started_at, placement_type = excluded.placement_type,
              long_term = excluded.long_term, reason_for_change = excluded.reason_for_change, new_carer = excluded.new_carer,
              started_recorded_at = coalesce({PlacementsTable.QualifiedName}.started_recorded_at, excluded.started_recorded_at)
            """, values.Parameters);
        Recompute(operations, child, placement.CareEpisodeNumber);
    }

    /// <summary>
    /// Each placement of the period of care ends when the next one (by number, which the rules keep
    /// in date order) starts, or the last when the child leaves care; the child has lived with the
    /// same carer since the latest placement up to it that was a move to a new carer. Worked out
    /// again from the rows as they stand, so any correction or withdrawal leaves them right. The end
    /// was recorded when what ended it was: the next placement, or leaving care.
    /// </summary>
    private static void Recompute(IDocumentOperations operations, string child, int episode) =>
        operations.QueueSqlCommand($"""
            UPDATE {PlacementsTable.QualifiedName} p SET
              ended_at = coalesce(
                (SELECT n.started_at FROM {PlacementsTable.QualifiedName} n
                 WHERE n.child_id = p.child_id AND n.{Episode} = p.{Episode} AND n.placement_number > p.placement_number
                 ORDER BY n.placement_number LIMIT 1),
                (SELECT c.left_at FROM {CareEntriesTable.QualifiedName} c WHERE c.child_id = p.child_id AND c.{Episode} = p.{Episode})),
              ended_recorded_at = CASE
                WHEN EXISTS (SELECT 1 FROM {PlacementsTable.QualifiedName} n
                             WHERE n.child_id = p.child_id AND n.{Episode} = p.{Episode} AND n.placement_number > p.placement_number)
                THEN (SELECT n.started_recorded_at FROM {PlacementsTable.QualifiedName} n
                      WHERE n.child_id = p.child_id AND n.{Episode} = p.{Episode} AND n.placement_number > p.placement_number
                      ORDER BY n.placement_number LIMIT 1)
                ELSE (SELECT c.ended_recorded_at FROM {CareEntriesTable.QualifiedName} c WHERE c.child_id = p.child_id AND c.{Episode} = p.{Episode})
              END,
              same_carer_since = coalesce(
                (SELECT s.started_at FROM {PlacementsTable.QualifiedName} s
                 WHERE s.child_id = p.child_id AND s.{Episode} = p.{Episode} AND s.placement_number <= p.placement_number AND s.new_carer
                 ORDER BY s.placement_number DESC LIMIT 1),
                (SELECT min(f.started_at) FROM {PlacementsTable.QualifiedName} f WHERE f.child_id = p.child_id AND f.{Episode} = p.{Episode}))
            WHERE p.child_id = ? AND p.{Episode} = ?
            """, child, episode);

    /// <summary>Only a visit in which the child was seen counts; a correction to "not seen" removes it.</summary>
    private static void Visit(IDocumentOperations operations, string child, long version, DateTimeOffset recordedAt, LookedAfterVisitMade visit)
    {
        if (visit.ChildSeen) ReviewChainSchema.Held(operations, VisitsTable, Episode, child, version, visit.CareEpisodeNumber, visit.OccurredAt, recordedAt);
        else ReviewChainSchema.Withdrawn(operations, VisitsTable, child, version);
    }
}
