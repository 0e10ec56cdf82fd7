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

/// <summary>One projection the store runs, and when it runs as steps are recorded (<see cref="Lifecycle"/>).</summary>
public sealed record JourneyProjection(IProjectionSource<IDocumentOperations, IQuerySession> Source, ProjectionLifecycle Lifecycle);

/// <summary>
/// Every projection of the store, in the order it applies them to the events of an append. Each stands alone: as it
/// applies events it reads and writes only its own tables (and the store's reference data), so the order is not a
/// dependency and a rebuild applies them all to each page at once (decision 170). What one projection's rows mean
/// beside another's (a placement's stability beside the child's age, a permanence plan beside the care reviews) is
/// worked out when read, by the functions and views. The one table two projections write, journey.measure_clocks,
/// they write in rows apart: the age clocks (ChildDetails) and every other clock (TimelinessMeasures).
/// </summary>
public static class JourneyProjections
{
    public static IReadOnlyList<JourneyProjection> All(TimelinessClocks clocks) =>
    [
        Inline(new TimelinessMeasuresProjection(clocks)),
        Inline(new FamilyMembershipProjection()),
        Inline(new AllocationProjection()),
        Inline(new ReferralProjection()),
        Inline(new ProtectionPlanProjection()),
        Inline(new LookedAfterReviewProjection()),
        Inline(new ChildInNeedVisitProjection()),
        Inline(new PreProceedingsMeetingProjection()),
        Inline(new PathwayPlanProjection()),
        Inline(new AdviserContactProjection()),
        Inline(new ChildDetailsProjection()),
        Inline(new Supervision.SupervisionProjection()),
        Inline(new PlacementProjection()),
        Inline(new PermanencePlanProjection()),
        Inline(new HealthReviewProjection()),
        Inline(new CareLeaverInTouchProjection()),
        // The one async projection, run by the daemon (Solo mode, Program.cs); its lag report reads allocations.
        new(new Recording.RecordedStepsProjection(), ProjectionLifecycle.Async),
        // Tamper evidence: every event chained into its child's hash chain in the appending transaction.
        Inline(new Integrity.EventHashProjection()),
    ];

    private static JourneyProjection Inline(IProjectionSource<IDocumentOperations, IQuerySession> source) =>
        new(source, ProjectionLifecycle.Inline);
}
