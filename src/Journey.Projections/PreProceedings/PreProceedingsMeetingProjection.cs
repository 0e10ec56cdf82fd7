using Journey.Domain.PreProceedings;
using Journey.Projections.Corrections;
using Journey.Projections.Reviews;
using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.PreProceedings;

/// <summary>
/// journey.pre_proceedings (each episode under the Public Law Outline, entered and concluded) and
/// journey.pre_proceedings_meetings (each initial or review meeting held, keyed by stream version);
/// the function pre_proceedings_meetings_as_at(t, as_recorded) chains the meetings from the decision to enter,
/// each due within the rulebook's pre-proceedings-review interval (6 weeks) of the one before, so
/// an episode with no review for 6 weeks shows open-overdue: the drift the PLO guards against.
/// journey.pre_proceedings_letters keeps each letter before proceedings, and the function
/// pre_proceedings_as_at(t, as_recorded) gives one row per episode with its duration, the letter, the first
/// meeting and the days between them (see <see cref="PreProceedingsSummary"/>).
/// </summary>
public sealed class PreProceedingsMeetingProjection : CorrectableSetProjection<PreProceedingsMeetingProjection.Batch>
{
    public static readonly PostgresqlObjectName EpisodesTable = new(JourneyStore.Schema, "pre_proceedings", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName MeetingsTable = new(JourneyStore.Schema, "pre_proceedings_meetings", SchemaUtils.IdentifierUsage.General);
    public static readonly string MeetingChainFunctionName = $"{JourneyStore.Schema}.pre_proceedings_meetings_as_at";
    private const string Number = "pre_proceedings_number";

    public PreProceedingsMeetingProjection()
    {
        Name = "PreProceedingsMeetings";
        SchemaObjects.Add(ReviewChainSchema.EpisodeTable(EpisodesTable, Number, "entered_at", "concluded_at"));
        SchemaObjects.Add(ReviewChainSchema.HeldTable(MeetingsTable, Number));
        foreach (var function in ReviewChainSchema.Chain(typeof(PreProceedingsMeetingProjection), MeetingChainFunctionName)) SchemaObjects.Add(function);
        SchemaObjects.Add(PreProceedingsSummary.Letters());
        SchemaObjects.Add(PreProceedingsSummary.AsAt());
    }

    protected override void Apply(Batch batch, string child, long version, DateTimeOffset recordedAt, object fact)
    {
        switch (fact)
        {
            case PreProceedingsEntered p: batch.Episodes.Started(child, p.PreProceedingsNumber, p.OccurredAt, recordedAt); break;
            case PreProceedingsConcluded p: batch.Episodes.Ended(child, p.PreProceedingsNumber, p.OccurredAt, recordedAt); break;
            case PreProceedingsMeetingHeld m: batch.Meetings.Held(child, version, m.PreProceedingsNumber, m.OccurredAt, recordedAt); break;
            case LetterBeforeProceedingsSent l: batch.Letters.Held(child, version, l.PreProceedingsNumber, l.OccurredAt, recordedAt); break;
        }
    }

    protected override void Withdraw(Batch batch, string child, long version, object fact)
    {
        switch (fact)
        {
            case PreProceedingsEntered p: batch.Episodes.Withdrawn(child, p.PreProceedingsNumber); break;
            case PreProceedingsConcluded p: batch.Episodes.EndWithdrawn(child, p.PreProceedingsNumber); break;
            case PreProceedingsMeetingHeld: batch.Meetings.Withdrawn(child, version); break;
            case LetterBeforeProceedingsSent: batch.Letters.Withdrawn(child, version); break;
        }
    }

    protected override void Write(IDocumentOperations operations, Batch batch)
    {
        batch.Episodes.Write(operations, EpisodesTable, Number, "entered_at", "concluded_at");
        batch.Meetings.Write(operations, MeetingsTable, Number);
        batch.Letters.Write(operations, PreProceedingsSummary.LettersTable, Number);
    }

    /// <summary>A batch's changes to the episodes, the meetings and the letters before proceedings.</summary>
    public sealed class Batch
    {
        public EpisodeChanges Episodes { get; } = new();
        public HeldChanges Meetings { get; } = new();
        public HeldChanges Letters { get; } = new();
    }
}
