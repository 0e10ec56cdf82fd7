using Journey.Domain.LookedAfter;
using Journey.Projections.Corrections;
using Journey.Projections.Reviews;
using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.LookedAfter;

/// <summary>
/// journey.initial_health_assessments and journey.review_health_assessments (each keyed by its
/// stream version); the function health_reviews_as_at(t, as_recorded) chains each period of care's review
/// health assessments from its initial one, each due from the one actually held before it, at an
/// interval chosen by the child's age on the date that one was held: 6 months under 5, 12 months
/// from 5 (statutory guidance on promoting the health of looked-after children; the rulebook's
/// health-review-under-5, health-review-5-and-over and the age between them, health-review-age-band).
/// </summary>
public sealed class HealthReviewProjection : CorrectableSetProjection<HealthReviewProjection.Batch>
{
    public static readonly PostgresqlObjectName InitialsTable = new(JourneyStore.Schema, "initial_health_assessments", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName ReviewsTable = new(JourneyStore.Schema, "review_health_assessments", SchemaUtils.IdentifierUsage.General);
    public static readonly string ReviewChainFunctionName = $"{JourneyStore.Schema}.health_reviews_as_at";
    private const string Number = "care_episode_number";

    public HealthReviewProjection()
    {
        Name = "HealthReviews";
        SchemaObjects.Add(ReviewChainSchema.HeldTable(InitialsTable, Number));
        SchemaObjects.Add(ReviewChainSchema.HeldTable(ReviewsTable, Number));
        // A period of care's chain starts with its initial health assessment (which has its own clock,
        // initial-health-assessment) and ends when the child leaves care. As recorded, the initial one is
        // the first of those recorded by then, known once the period of care is too, and the date of
        // birth the latest recorded by then.
        foreach (var function in ReviewChainSchema.Chain(typeof(HealthReviewProjection), ReviewChainFunctionName)) SchemaObjects.Add(function);
    }

    protected override void Apply(Batch batch, string child, long version, DateTimeOffset recordedAt, object fact)
    {
        if (fact is not HealthAssessmentCompleted health) return;
        // A correction may change the kind: the assessment moves to the table of its kind.
        foreach (var kind in Kinds)
        {
            if (health.Kind == kind) batch.Of(kind).Held(child, version, health.CareEpisodeNumber, health.OccurredAt, recordedAt);
            else batch.Of(kind).Withdrawn(child, version);
        }
    }

    protected override void Withdraw(Batch batch, string child, long version, object fact)
    {
        if (fact is not HealthAssessmentCompleted) return;
        foreach (var kind in Kinds) batch.Of(kind).Withdrawn(child, version);
    }

    protected override void Write(IDocumentOperations operations, Batch batch)
    {
        batch.Initials.Write(operations, InitialsTable, Number);
        batch.Reviews.Write(operations, ReviewsTable, Number);
    }

    private static readonly HealthAssessmentKind[] Kinds = [HealthAssessmentKind.Initial, HealthAssessmentKind.Review];

    /// <summary>A batch's changes to the initial and the review health assessments.</summary>
    public sealed class Batch
    {
        public HeldChanges Initials { get; } = new();
        public HeldChanges Reviews { get; } = new();

        public HeldChanges Of(HealthAssessmentKind kind) => kind == HealthAssessmentKind.Initial ? Initials : Reviews;
    }
}
