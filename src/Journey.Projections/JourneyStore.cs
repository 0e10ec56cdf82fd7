using System.Reflection;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;
using Journey.Projections.Timeliness;
using Journey.Projections.Allocations;
using Journey.Projections.Children;
using Journey.Projections.Families;
using Journey.Projections.Import;
using Journey.Projections.Kpis;
using Journey.Domain.Kpis;
using Journey.Projections.Plans;
using Journey.Projections.LookedAfter;
using Journey.Projections.ChildInNeed;
using Journey.Projections.PreProceedings;
using Journey.Projections.LeavingCare;
using Journey.Projections.Referrals;
using Journey.Projections.Reference;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Core;

namespace Journey.Projections;

/// <summary>How Journey's event store is laid out, in one place for the service, the tests and tools.</summary>
public static class JourneyStore
{
    public const string Schema = "journey";

    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddJourneyStore(
        this IServiceCollection services, string connectionString, TimelinessClocks clocks)
    {
        return services.AddMarten(options => Configure(options, connectionString, clocks))
            .UseLightweightSessions()
            .InitializeWith(new ReferenceDataSeed(clocks.Calendar, clocks.Rulebook), new KpiReferenceSeed(KpiReference.Default));
    }

    public static void Configure(StoreOptions options, string connectionString, TimelinessClocks clocks)
    {
        options.Connection(connectionString);
        options.DatabaseSchemaName = Schema;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.Default, JourneyJson.AddEventPolymorphism);

        // One stream per child, keyed by the local authority's own child id (the natural key).
        options.Events.StreamIdentity = StreamIdentity.AsString;
        // Rich appends give every event its stream version before inline projections see it; the
        // measure projection keys what stopped a clock by that version.
        options.Events.AppendMode = EventAppendMode.Rich;
        options.Events.DatabaseSchemaName = Schema;
        // Who recorded each event and from which request: kept by the store, never taken from a request body.
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.AddEventTypes(JourneyEventTypes.All);

        options.Projections.Add(new ChildJourneyProjection(), ProjectionLifecycle.Live);
        options.Projections.Add(new TimelinessMeasuresProjection(clocks), ProjectionLifecycle.Inline);
        options.Projections.Add(new FamilyMembershipProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new AllocationProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new ReferralProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new ProtectionPlanProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new LookedAfterReviewProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new ChildInNeedVisitProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new PreProceedingsMeetingProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new PathwayPlanProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new AdviserContactProjection(), ProjectionLifecycle.Inline);
        // After the measure tables, which its SQL reads; before placements, whose stability flags read children's ages.
        options.Projections.Add(new ChildDetailsProjection(), ProjectionLifecycle.Inline);
        // After the plan and care projections: its chains read their episode tables.
        options.Projections.Add(new Supervision.SupervisionProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new PlacementProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new PermanencePlanProjection(), ProjectionLifecycle.Inline);
        // After the care-episode tables, which their SQL reads.
        options.Projections.Add(new HealthReviewProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new CareLeaverInTouchProjection(), ProjectionLifecycle.Inline);
        // The one async projection, run by the daemon (Solo mode, Program.cs); its lag report reads allocations.
        options.Projections.Add(new Recording.RecordedStepsProjection(), ProjectionLifecycle.Async);
        // Reference data (seeded at start-up, IInitialData) belongs to the store, not to a projection, so a
        // rebuild never empties it (Rebuild/ProjectionTables). Created before the projections' objects that read it.
        options.Storage.ExtendedSchemaObjects.Add(ReferenceSchema.CalendarDays());
        options.Storage.ExtendedSchemaObjects.Add(ReferenceSchema.TimescaleRules());
        options.Storage.ExtendedSchemaObjects.Add(ImportSchema.ImportedLines());
        options.Storage.ExtendedSchemaObjects.AddRange(KpiSchema.Objects());
        // Tamper evidence: every event chained into its child's hash chain in the appending transaction.
        options.Projections.Add(new Integrity.EventHashProjection(), ProjectionLifecycle.Inline);
        options.Storage.ExtendedSchemaObjects.AddRange(Access.AccessLogSchema.Objects());
    }
}
