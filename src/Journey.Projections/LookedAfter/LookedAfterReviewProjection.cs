using Journey.Domain.LookedAfter;
using Journey.Projections.Corrections;
using Journey.Projections.Reviews;
using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.LookedAfter;

/// <summary>
/// journey.care_episodes (each episode of care, entered and left) and journey.looked_after_reviews
/// (each review held, keyed by its stream version so corrections and withdrawals find it); the
/// function looked_after_reviews_as_at(t, as_recorded) chains them as the Care Planning Regulations 2010 reg 33
/// require: the first within 20 working days of entering care, the second within 3 months of the
/// first, then at most 6 months apart, each due from the review actually held before it.
/// </summary>
public sealed class LookedAfterReviewProjection : CorrectableSetProjection<ChainChanges>
{
    public static readonly PostgresqlObjectName EpisodesTable = new(JourneyStore.Schema, "care_episodes", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName ReviewsTable = new(JourneyStore.Schema, "looked_after_reviews", SchemaUtils.IdentifierUsage.General);
    public static readonly string ReviewChainFunctionName = $"{JourneyStore.Schema}.looked_after_reviews_as_at";

    public LookedAfterReviewProjection()
    {
        Name = "LookedAfterReviews";
        SchemaObjects.Add(ReviewChainSchema.EpisodeTable(EpisodesTable, Number, "entered_at", "left_at"));
        SchemaObjects.Add(ReviewChainSchema.HeldTable(ReviewsTable, "care_episode_number"));
        foreach (var function in ReviewChainSchema.Chain(typeof(LookedAfterReviewProjection), ReviewChainFunctionName)) SchemaObjects.Add(function);
    }

    protected override void Apply(ChainChanges batch, string child, long version, DateTimeOffset recordedAt, object fact)
    {
        switch (fact)
        {
            case EnteredCare c: batch.Episodes.Started(child, c.CareEpisodeNumber, c.OccurredAt, recordedAt); break;
            case LeftCare l: batch.Episodes.Ended(child, l.CareEpisodeNumber, l.OccurredAt, recordedAt); break;
            case LookedAfterReviewHeld r: batch.Held.Held(child, version, r.CareEpisodeNumber, r.OccurredAt, recordedAt); break;
        }
    }

    protected override void Withdraw(ChainChanges batch, string child, long version, object fact)
    {
        switch (fact)
        {
            case EnteredCare c: batch.Episodes.Withdrawn(child, c.CareEpisodeNumber); break;
            case LeftCare l: batch.Episodes.EndWithdrawn(child, l.CareEpisodeNumber); break;
            case LookedAfterReviewHeld: batch.Held.Withdrawn(child, version); break;
        }
    }

    protected override void Write(IDocumentOperations operations, ChainChanges batch) => batch.Write(operations, EpisodesTable, Number, "entered_at", "left_at", ReviewsTable);

    private const string Number = "care_episode_number";
}
