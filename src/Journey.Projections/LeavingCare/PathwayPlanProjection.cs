using Journey.Domain.LeavingCare;
using Journey.Projections.Corrections;
using Journey.Projections.Reviews;
using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.LeavingCare;

/// <summary>
/// journey.pathway_plans: every pathway plan recorded for a care leaver (the first, its reviews and
/// its updates on a change), keyed by stream version. The function pathway_plan_reviews_as_at(t, as_recorded)
/// chains them: from the first plan, each later record is a review, due within the rulebook's
/// pathway-plan-review interval (6 months) of the one before, so a review or an update prompted by
/// a change both restart the 6 months (Care Leavers Regulations 2010).
/// </summary>
public sealed class PathwayPlanProjection : CorrectableSetProjection<HeldChanges>
{
    public static readonly PostgresqlObjectName PlansTable = new(JourneyStore.Schema, "pathway_plans", SchemaUtils.IdentifierUsage.General);
    public static readonly string ReviewChainFunctionName = $"{JourneyStore.Schema}.pathway_plan_reviews_as_at";

    public PathwayPlanProjection()
    {
        Name = "PathwayPlans";
        SchemaObjects.Add(ReviewChainSchema.HeldTable(PlansTable, "plan_number"));
        // The first plan recorded opens the chain; there is no end until leaving-care support ends is recorded.
        // As recorded, the first plan is the first of those recorded by then, so the chain is known from when any was.
        var known = ReviewChainSchema.Known("f.recorded_at");
        SchemaObjects.Add(ReviewChainSchema.Build(
            ReviewChainFunctionName, "plan_number", "review",
            $"""
            SELECT f.child_id, 1 AS number, min(f.held_at) AS started_at, NULL::timestamptz AS ended_at,
                   min(f.recorded_at) AS started_recorded_at, NULL::timestamptz AS ended_recorded_at
            FROM {PlansTable.QualifiedName} f WHERE {known} GROUP BY f.child_id
            """,
            $"""
            SELECT p.child_id, 1 AS number, p.held_at, p.recorded_at FROM {PlansTable.QualifiedName} p
            WHERE p.held_at > (SELECT min(f.held_at) FROM {PlansTable.QualifiedName} f WHERE f.child_id = p.child_id AND {known})
            """,
            new ReviewChainSchema.ChainRules("pathway-plan-review", "pathway-plan-review", "pathway-plan-review")));
    }

    protected override void Apply(HeldChanges batch, string child, long version, DateTimeOffset recordedAt, object fact)
    {
        if (fact is PathwayPlanRecorded p) batch.Held(child, version, 1, p.OccurredAt, recordedAt);
    }

    protected override void Withdraw(HeldChanges batch, string child, long version, object fact)
    {
        if (fact is PathwayPlanRecorded) batch.Withdrawn(child, version);
    }

    protected override void Write(IDocumentOperations operations, HeldChanges batch) => batch.Write(operations, PlansTable, "plan_number");
}
