using Journey.Domain.LookedAfter;
using Journey.Projections.Children;
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

    public static readonly ReviewChainSchema.AgeBand Intervals = new("health-review-age-band", "health-review-under-5", "health-review-5-and-over");

    public HealthReviewProjection()
    {
        Name = "HealthReviews";
        SchemaObjects.Add(ReviewChainSchema.HeldTable(InitialsTable, Number));
        SchemaObjects.Add(ReviewChainSchema.HeldTable(ReviewsTable, Number));
        // A period of care's chain starts with its initial health assessment (which has its own clock,
        // initial-health-assessment) and ends when the child leaves care. As recorded, the initial one is
        // the first of those recorded by then, known once the period of care is too, and the date of
        // birth the latest recorded by then.
        var initial = $"""
            SELECT child_id, {Number}, min(held_at) AS held_at, min(recorded_at) AS recorded_at FROM {InitialsTable.QualifiedName}
            WHERE {ReviewChainSchema.Known("recorded_at")} GROUP BY child_id, {Number}
            """;
        SchemaObjects.Add(ReviewChainSchema.Build(
            ReviewChainFunctionName, Number, "review",
            $"""
            SELECT e.child_id, e.{Number} AS number, i.held_at AS started_at, e.left_at AS ended_at,
                   CASE WHEN i.recorded_at > e.started_recorded_at THEN i.recorded_at ELSE e.started_recorded_at END AS started_recorded_at, e.ended_recorded_at, c.date_of_birth
            FROM {LookedAfterReviewProjection.EpisodesTable.QualifiedName} e
            JOIN ({initial}) i ON i.child_id = e.child_id AND i.{Number} = e.{Number}
            LEFT JOIN {ChildDetailsSchema.ChildrenAsRecordedFunction}(CASE WHEN as_recorded THEN as_at ELSE 'infinity' END) c ON c.child_id = e.child_id
            """,
            $"""
            SELECT r.child_id, r.{Number} AS number, r.held_at, r.recorded_at
            FROM {ReviewsTable.QualifiedName} r
            JOIN ({initial}) i ON i.child_id = r.child_id AND i.{Number} = r.{Number}
            WHERE r.held_at >= i.held_at
            """,
            ReviewChainSchema.ChainRules.AgeBanded(Intervals)));
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
