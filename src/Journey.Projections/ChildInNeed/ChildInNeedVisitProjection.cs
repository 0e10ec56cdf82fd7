using Journey.Domain.ChildInNeed;
using Journey.Projections.Corrections;
using Journey.Projections.Reviews;
using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.ChildInNeed;

/// <summary>
/// journey.child_in_need_plans (each plan, started and ended) and journey.child_in_need_visits
/// (each visit in which the child was seen, keyed by stream version); the function
/// child_in_need_visits_as_at(t, as_recorded) chains the visits from the plan's start, each due within the
/// rulebook's child-in-need-visit interval of the one before.
/// </summary>
public sealed class ChildInNeedVisitProjection : CorrectableSetProjection<ChainChanges>
{
    public static readonly PostgresqlObjectName PlansTable = new(JourneyStore.Schema, "child_in_need_plans", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName VisitsTable = new(JourneyStore.Schema, "child_in_need_visits", SchemaUtils.IdentifierUsage.General);
    public static readonly string VisitChainFunctionName = $"{JourneyStore.Schema}.child_in_need_visits_as_at";
    private const string Number = "plan_number";

    public ChildInNeedVisitProjection()
    {
        Name = "ChildInNeedVisits";
        SchemaObjects.Add(ReviewChainSchema.EpisodeTable(PlansTable, Number, "started_at", "ended_at"));
        SchemaObjects.Add(ReviewChainSchema.HeldTable(VisitsTable, Number));
        foreach (var function in ReviewChainSchema.Chain(typeof(ChildInNeedVisitProjection), VisitChainFunctionName)) SchemaObjects.Add(function);
    }

    protected override void Apply(ChainChanges batch, string child, long version, DateTimeOffset recordedAt, object fact)
    {
        switch (fact)
        {
            case ChildInNeedPlanStarted p: batch.Episodes.Started(child, p.ChildInNeedPlanNumber, p.OccurredAt, recordedAt); break;
            case ChildInNeedPlanEnded p: batch.Episodes.Ended(child, p.ChildInNeedPlanNumber, p.OccurredAt, recordedAt); break;
            // Only a visit in which the child was seen counts; a correction to "not seen" removes it.
            case ChildInNeedVisitMade { ChildSeen: true } v: batch.Held.Held(child, version, v.ChildInNeedPlanNumber, v.OccurredAt, recordedAt); break;
            case ChildInNeedVisitMade: batch.Held.Withdrawn(child, version); break;
        }
    }

    protected override void Withdraw(ChainChanges batch, string child, long version, object fact)
    {
        switch (fact)
        {
            case ChildInNeedPlanStarted p: batch.Episodes.Withdrawn(child, p.ChildInNeedPlanNumber); break;
            case ChildInNeedPlanEnded p: batch.Episodes.EndWithdrawn(child, p.ChildInNeedPlanNumber); break;
            case ChildInNeedVisitMade: batch.Held.Withdrawn(child, version); break;
        }
    }

    protected override void Write(IDocumentOperations operations, ChainChanges batch) => batch.Write(operations, PlansTable, Number, "started_at", "ended_at", VisitsTable);
}
