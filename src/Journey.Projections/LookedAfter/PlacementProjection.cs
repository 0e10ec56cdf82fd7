using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Projections.Corrections;
using Journey.Projections.Reviews;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Views;

namespace Journey.Projections.LookedAfter;

/// <summary>
/// journey.care_entries (each period of care: entered, planned or not, left, placed for adoption),
/// journey.placements (each placement, ended by the next placement of the same period of care or by
/// leaving care, with whether it is long-term and since when the child has lived with the same
/// carer) and journey.looked_after_visits (each visit in which the child was seen). From them:
/// looked_after_visits_as_at(t), the Care Planning Regulations 2010 reg 28 visit chain per
/// placement; placement_stability_as_at(t), the DfE stability flags per child in care; and the view
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
        SchemaObjects.Add(new View(EntriesView, PlacementSql.EntriesIntoCare()));
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
        return table;
    }

    protected override void Apply(IDocumentOperations operations, string child, long version, object fact)
    {
        switch (fact)
        {
            case EnteredCare c: Enter(operations, child, c); break;
            case LeftCare l: Leave(operations, child, l.CareEpisodeNumber, l.OccurredAt.ToUniversalTime()); break;
            case PlacementStarted p: Place(operations, child, p); break;
            case LookedAfterVisitMade v: Visit(operations, child, version, v); break;
            case AdoptionStepTaken { Step: AdoptionStep.Placed } a: PlacedForAdoption(operations, child, a.CareEpisodeNumber, a.OccurredAt.ToUniversalTime()); break;
        }
    }

    protected override void Withdraw(IDocumentOperations operations, string child, long version, object fact)
    {
        switch (fact)
        {
            case EnteredCare c:
                operations.QueueSqlCommand($"DELETE FROM {CareEntriesTable.QualifiedName} WHERE child_id = ? AND {Episode} = ?", child, c.CareEpisodeNumber);
                break;
            case LeftCare l: Leave(operations, child, l.CareEpisodeNumber, DBNull.Value); break;
            case PlacementStarted p:
                operations.QueueSqlCommand($"DELETE FROM {PlacementsTable.QualifiedName} WHERE child_id = ? AND placement_number = ?", child, p.PlacementNumber);
                Recompute(operations, child, p.CareEpisodeNumber);
                break;
            case LookedAfterVisitMade: ReviewChainSchema.Withdrawn(operations, VisitsTable, child, version); break;
            case AdoptionStepTaken { Step: AdoptionStep.Placed } a: PlacedForAdoption(operations, child, a.CareEpisodeNumber, DBNull.Value); break;
        }
    }

    private static void Enter(IDocumentOperations operations, string child, EnteredCare entered) =>
        operations.QueueSqlCommand($"""
            INSERT INTO {CareEntriesTable.QualifiedName} (child_id, {Episode}, entered_at, legal_status, planned) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (child_id, {Episode}) DO UPDATE SET
              entered_at = excluded.entered_at, legal_status = excluded.legal_status, planned = excluded.planned
            """, child, entered.CareEpisodeNumber, entered.OccurredAt.ToUniversalTime(), entered.LegalStatus, entered.Planned);

    /// <summary>Leaving care (or, with DBNull, its withdrawal) ends the period's last placement.</summary>
    private static void Leave(IDocumentOperations operations, string child, int episode, object leftAt)
    {
        operations.QueueSqlCommand($"UPDATE {CareEntriesTable.QualifiedName} SET left_at = ? WHERE child_id = ? AND {Episode} = ?", leftAt, child, episode);
        Recompute(operations, child, episode);
    }

    private static void PlacedForAdoption(IDocumentOperations operations, string child, int episode, object placedAt) =>
        operations.QueueSqlCommand($"UPDATE {CareEntriesTable.QualifiedName} SET placed_for_adoption_at = ? WHERE child_id = ? AND {Episode} = ?",
            placedAt, child, episode);

    private static void Place(IDocumentOperations operations, string child, PlacementStarted placement)
    {
        // A first placement has no reason for change: leave it out rather than bind a typeless null.
        var reason = placement.ReasonForChange is null ? "NULL" : "?";
        var values = new List<object> { child, placement.PlacementNumber, placement.CareEpisodeNumber, placement.OccurredAt.ToUniversalTime(),
            placement.PlacementType, PlacementKinds.IsLongTerm(placement.PlacementType) };
        if (placement.ReasonForChange is { } given) values.Add(given);
        values.Add(PlacementKinds.IsNewCarer(placement.ReasonForChange));
        operations.QueueSqlCommand($"""
            INSERT INTO {PlacementsTable.QualifiedName}
              (child_id, placement_number, {Episode}, started_at, placement_type, long_term, reason_for_change, new_carer)
            VALUES (?, ?, ?, ?, ?, ?, {reason}, ?)
            ON CONFLICT (child_id, placement_number) DO UPDATE SET
              {Episode} = excluded.{Episode}, started_at = excluded.started_at, placement_type = excluded.placement_type,
              long_term = excluded.long_term, reason_for_change = excluded.reason_for_change, new_carer = excluded.new_carer
            """, values.ToArray());
        Recompute(operations, child, placement.CareEpisodeNumber);
    }

    /// <summary>
    /// Each placement of the period of care ends when the next one (by number, which the rules keep
    /// in date order) starts, or the last when the child leaves care; the child has lived with the
    /// same carer since the latest placement up to it that was a move to a new carer. Worked out
    /// again from the rows as they stand, so any correction or withdrawal leaves them right.
    /// </summary>
    private static void Recompute(IDocumentOperations operations, string child, int episode) =>
        operations.QueueSqlCommand($"""
            UPDATE {PlacementsTable.QualifiedName} p SET
              ended_at = coalesce(
                (SELECT n.started_at FROM {PlacementsTable.QualifiedName} n
                 WHERE n.child_id = p.child_id AND n.{Episode} = p.{Episode} AND n.placement_number > p.placement_number
                 ORDER BY n.placement_number LIMIT 1),
                (SELECT c.left_at FROM {CareEntriesTable.QualifiedName} c WHERE c.child_id = p.child_id AND c.{Episode} = p.{Episode})),
              same_carer_since = coalesce(
                (SELECT s.started_at FROM {PlacementsTable.QualifiedName} s
                 WHERE s.child_id = p.child_id AND s.{Episode} = p.{Episode} AND s.placement_number <= p.placement_number AND s.new_carer
                 ORDER BY s.placement_number DESC LIMIT 1),
                (SELECT min(f.started_at) FROM {PlacementsTable.QualifiedName} f WHERE f.child_id = p.child_id AND f.{Episode} = p.{Episode}))
            WHERE p.child_id = ? AND p.{Episode} = ?
            """, child, episode);

    /// <summary>Only a visit in which the child was seen counts; a correction to "not seen" removes it.</summary>
    private static void Visit(IDocumentOperations operations, string child, long version, LookedAfterVisitMade visit)
    {
        if (visit.ChildSeen) ReviewChainSchema.Held(operations, VisitsTable, Episode, child, version, visit.CareEpisodeNumber, visit.OccurredAt);
        else ReviewChainSchema.Withdrawn(operations, VisitsTable, child, version);
    }
}
