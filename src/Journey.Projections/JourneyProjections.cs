using JasperFx.Events.Projections;
using Journey.Domain.Timescales;
using Journey.Projections.Allocations;
using Journey.Projections.ChildInNeed;
using Journey.Projections.Children;
using Journey.Projections.Families;
using Journey.Projections.LeavingCare;
using Journey.Projections.LookedAfter;
using Journey.Projections.Plans;
using Journey.Projections.PreProceedings;
using Journey.Projections.Referrals;
using Journey.Projections.Timeliness;
using Marten;

namespace Journey.Projections;

/// <summary>
/// One projection the store runs: when it runs as steps are recorded (<see cref="Lifecycle"/>), and
/// the <see cref="Stage"/> of a rebuild's single pass it belongs to: a projection whose SQL reads
/// another projection's tables as it applies an event sits in a later stage than that projection.
/// </summary>
public sealed record JourneyProjection(IProjectionSource<IDocumentOperations, IQuerySession> Source, ProjectionLifecycle Lifecycle, int Stage);

/// <summary>Every projection of the store, in the order it applies them to the events of an append.</summary>
public static class JourneyProjections
{
    public static IReadOnlyList<JourneyProjection> All(TimelinessClocks clocks) =>
    [
        Inline(new TimelinessMeasuresProjection(clocks), 1),
        Inline(new FamilyMembershipProjection(), 1),
        Inline(new AllocationProjection(), 1),
        Inline(new ReferralProjection(), 1),
        Inline(new ProtectionPlanProjection(), 1),
        Inline(new LookedAfterReviewProjection(), 1),
        Inline(new ChildInNeedVisitProjection(), 1),
        Inline(new PreProceedingsMeetingProjection(), 1),
        Inline(new PathwayPlanProjection(), 1),
        Inline(new AdviserContactProjection(), 1),
        // After the measure tables, which its SQL reads; before placements, whose stability flags read children's ages.
        Inline(new ChildDetailsProjection(), 2),
        // After the plan and care projections: its chains read their episode tables.
        Inline(new Supervision.SupervisionProjection(), 2),
        Inline(new PlacementProjection(), 3),
        // After the care reviews and placements' care entries, which its SQL reads.
        Inline(new PermanencePlanProjection(), 4),
        // After the care-episode tables and children's details, which their SQL reads.
        Inline(new HealthReviewProjection(), 4),
        Inline(new CareLeaverInTouchProjection(), 4),
        // The one async projection, run by the daemon (Solo mode, Program.cs); its lag report reads allocations.
        new(new Recording.RecordedStepsProjection(), ProjectionLifecycle.Async, 1),
        // Tamper evidence: every event chained into its child's hash chain in the appending transaction.
        Inline(new Integrity.EventHashProjection(), 1),
    ];

    private static JourneyProjection Inline(IProjectionSource<IDocumentOperations, IQuerySession> source, int stage) =>
        new(source, ProjectionLifecycle.Inline, stage);
}
