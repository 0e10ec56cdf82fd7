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
        foreach (var function in ReviewChainSchema.Chain(typeof(PathwayPlanProjection), ReviewChainFunctionName)) SchemaObjects.Add(function);
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
