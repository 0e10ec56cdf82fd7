using Journey.Domain.Protection;
using Journey.Projections.Corrections;
using Journey.Projections.Reviews;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Plans;

/// <summary>
/// journey.protection_plans: each child protection plan (from its conference or transfer in) with
/// when it ended (and when each was first recorded); the function protection_plans_as_at(t, as_recorded) adds, by the rulebook, whether it had
/// lasted 2 years or more by t, ended within 3 months, and was a repeat plan (any earlier plan; one
/// starting within 2 years of the previous plan's end). The plan's review conferences and the
/// visits in which the child was seen are kept beside it and chained by review_conferences_as_at(t)
/// and protection_visits_as_at(t), each also (t, as_recorded): only what had been recorded by t.
/// </summary>
public sealed class ProtectionPlanProjection : CorrectableSetProjection<ProtectionPlanProjection.Batch>
{
    public static readonly PostgresqlObjectName PlansTable = new(JourneyStore.Schema, "protection_plans", SchemaUtils.IdentifierUsage.General);
    public static readonly string AsAtFunction = $"{JourneyStore.Schema}.protection_plans_as_at";

    public ProtectionPlanProjection()
    {
        Name = "ProtectionPlans";
        var table = new Table(PlansTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("plan_number", "integer").AsPrimaryKey();
        table.AddColumn("started_at", "timestamptz").NotNull();
        table.AddColumn("category", "text").NotNull();
        table.AddColumn("ended_at", "timestamptz");
        ReviewChainSchema.AddEpisodeRecordedColumns(table);
        SchemaObjects.Add(table);
        SchemaObjects.Add(ReviewChainSchema.HeldTable(ReviewsTable, "plan_number"));
        foreach (var function in ReviewChainSchema.Chain(typeof(ProtectionPlanProjection), ReviewChainFunctionName)) SchemaObjects.Add(function);
        SchemaObjects.Add(ReviewChainSchema.HeldTable(VisitsTable, "plan_number"));
        foreach (var function in ReviewChainSchema.Chain(typeof(ProtectionPlanProjection), VisitChainFunctionName)) SchemaObjects.Add(function);
        SchemaObjects.Add(PlansAsAt());
    }

    /// <summary>
    /// protection_plans_as_at(as_at, as_recorded), and as_at alone for the as-occurred view: each plan
    /// begun by as_at with its flags. As recorded, a plan counts once its start had been recorded and
    /// has ended once its end had, so a repeat plan is judged against the plans then known.
    /// </summary>
    private static Weasel.Postgresql.Functions.Function PlansAsAt() => SqlFile.Function(typeof(ProtectionPlanProjection), "protection_plans_as_at");

    public static readonly PostgresqlObjectName ReviewsTable = new(JourneyStore.Schema, "review_conferences", SchemaUtils.IdentifierUsage.General);
    /// <summary>
    /// Each plan's chain of review conferences as it stood at <c>as_at</c>: the first due 3 months
    /// after the plan began, each later one 6 months after the previous review actually held.
    /// </summary>
    public static readonly string ReviewChainFunctionName = $"{JourneyStore.Schema}.review_conferences_as_at";

    public static readonly PostgresqlObjectName VisitsTable = new(JourneyStore.Schema, "protection_visits", SchemaUtils.IdentifierUsage.General);
    /// <summary>
    /// Each plan's visits in which the child was seen, chained as at <c>as_at</c>: each due within
    /// the rulebook's protection-visit interval of the plan's start or of the previous visit (a
    /// visit where the child was not seen does not count).
    /// </summary>
    public static readonly string VisitChainFunctionName = $"{JourneyStore.Schema}.protection_visits_as_at";

    protected override void Apply(Batch batch, string child, long version, DateTimeOffset recordedAt, object fact)
    {
        switch (fact)
        {
            case ProtectionPlanStarted p: batch.Plans.Started(child, p.PlanNumber, p.OccurredAt, recordedAt, p.Category); break;
            case ProtectionPlanTransferredIn p: batch.Plans.Started(child, p.PlanNumber, p.OccurredAt, recordedAt, p.Category); break;
            case ProtectionCategoryChanged c: batch.Plans.DetailSet(child, c.PlanNumber, c.Category); break;
            case ProtectionPlanEnded p: batch.Plans.Ended(child, p.PlanNumber, p.OccurredAt, recordedAt); break;
            case ProtectionPlanTransferredOut p: batch.Plans.Ended(child, p.PlanNumber, p.OccurredAt, recordedAt); break;
            case ReviewConferenceHeld r: batch.Reviews.Held(child, version, r.PlanNumber, r.OccurredAt, recordedAt); break;
            // Only a visit in which the child was seen counts; a correction to "not seen" removes it.
            case ProtectionVisitMade { ChildSeen: true } v: batch.Visits.Held(child, version, v.PlanNumber, v.OccurredAt, recordedAt); break;
            case ProtectionVisitMade: batch.Visits.Withdrawn(child, version); break;
        }
    }

    protected override void Withdraw(Batch batch, string child, long version, object fact)
    {
        switch (fact)
        {
            case ProtectionPlanStarted p: batch.Plans.Withdrawn(child, p.PlanNumber); break;
            case ProtectionPlanTransferredIn p: batch.Plans.Withdrawn(child, p.PlanNumber); break;
            case ProtectionPlanEnded p: batch.Plans.EndWithdrawn(child, p.PlanNumber); break;
            case ProtectionPlanTransferredOut p: batch.Plans.EndWithdrawn(child, p.PlanNumber); break;
            case ReviewConferenceHeld: batch.Reviews.Withdrawn(child, version); break;
            case ProtectionVisitMade: batch.Visits.Withdrawn(child, version); break;
        }
    }

    protected override void Write(IDocumentOperations operations, Batch batch)
    {
        batch.Plans.Write(operations, PlansTable, "plan_number", "started_at", "ended_at", detailColumn: "category");
        batch.Reviews.Write(operations, ReviewsTable, "plan_number");
        batch.Visits.Write(operations, VisitsTable, "plan_number");
    }

    /// <summary>A batch's changes to the plans (each with its category), their review conferences and their visits.</summary>
    public sealed class Batch
    {
        public EpisodeChanges Plans { get; } = new();
        public HeldChanges Reviews { get; } = new();
        public HeldChanges Visits { get; } = new();
    }
}
