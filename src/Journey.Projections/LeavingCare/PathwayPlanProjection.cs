using Journey.Domain.LeavingCare;
using Journey.Projections.Corrections;
using Journey.Projections.Reviews;
using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.LeavingCare;

/// <summary>
/// journey.pathway_plans: every pathway plan recorded for a care leaver (the first, its reviews and
/// its updates on a change), keyed by stream version. The function pathway_plan_reviews_as_at(t)
/// chains them: from the first plan, each later record is a review, due within the rulebook's
/// pathway-plan-review interval (6 months) of the one before, so a review or an update prompted by
/// a change both restart the 6 months (Care Leavers Regulations 2010).
/// </summary>
public sealed class PathwayPlanProjection : CorrectableEventProjection
{
    public static readonly PostgresqlObjectName PlansTable = new(JourneyStore.Schema, "pathway_plans", SchemaUtils.IdentifierUsage.General);
    public static readonly string ReviewChainFunctionName = $"{JourneyStore.Schema}.pathway_plan_reviews_as_at";

    public PathwayPlanProjection()
    {
        Name = "PathwayPlans";
        SchemaObjects.Add(ReviewChainSchema.HeldTable(PlansTable, "plan_number"));
        // The first plan recorded opens the chain; there is no end until leaving-care support ends is recorded.
        SchemaObjects.Add(ReviewChainSchema.Build(
            ReviewChainFunctionName, "plan_number", "review",
            $"SELECT child_id, 1 AS number, min(held_at) AS started_at, NULL::timestamptz AS ended_at FROM {PlansTable.QualifiedName} GROUP BY child_id",
            $"""
            SELECT p.child_id, 1 AS number, p.held_at FROM {PlansTable.QualifiedName} p
            WHERE p.held_at > (SELECT min(f.held_at) FROM {PlansTable.QualifiedName} f WHERE f.child_id = p.child_id)
            """,
            new ReviewChainSchema.ChainRules("pathway-plan-review", "pathway-plan-review", "pathway-plan-review")));
    }

    protected override void Apply(IDocumentOperations operations, string child, long version, object fact)
    {
        switch (fact)
        {
            case PathwayPlanRecorded p: ReviewChainSchema.Held(operations, PlansTable, "plan_number", child, version, 1, p.OccurredAt); break;
        }
    }

    protected override void Withdraw(IDocumentOperations operations, string child, long version, object fact)
    {
        switch (fact)
        {
            case PathwayPlanRecorded: ReviewChainSchema.Withdrawn(operations, PlansTable, child, version); break;
        }
    }
}
