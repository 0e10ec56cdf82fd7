using Journey.Domain.Journeys;
using Journey.Domain.Reference;

namespace Journey.Domain.LookedAfter;

/// <summary>
/// What the SSDA903's OC2 table (outcomes for children looked after continuously for 12 months) asks
/// beyond the health assessments and dental checks: the Strengths and Difficulties Questionnaire score,
/// substance misuse and its interventions, and convictions or youth cautions. Each is a step within a
/// period of care; the return reads the ones in its year.
/// </summary>
public enum YouthJusticeOutcome { Conviction, YouthCaution, YouthConditionalCaution }

/// <summary>
/// A Strengths and Difficulties Questionnaire was completed, with its total difficulties score (0 to 40),
/// or was not, with the reason (SSDA903 OC2 SDQ_SCORE, rule 180; SDQ_REASON SDQ1..SDQ5, rule 196).
/// </summary>
public sealed record StrengthsAndDifficultiesRecorded(int CareEpisodeNumber, DateTimeOffset OccurredAt, int? Score, string? ReasonNoScore) : IJourneyEvent;

/// <summary>
/// The child was identified as having a substance misuse problem, and whether an intervention was received
/// or, if not, offered (SSDA903 OC2 SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED).
/// </summary>
public sealed record SubstanceMisuseIdentified(int CareEpisodeNumber, DateTimeOffset OccurredAt, bool InterventionReceived, bool? InterventionOffered)
    : IJourneyEvent;

/// <summary>The child was convicted, or given a youth caution or youth conditional caution (SSDA903 OC2 CONVICTED).</summary>
public sealed record YouthJusticeOutcomeRecorded(int CareEpisodeNumber, DateTimeOffset OccurredAt, YouthJusticeOutcome Outcome) : IJourneyEvent;

public sealed record RecordStrengthsAndDifficulties(DateTimeOffset? CompletedAt, int? Score = null, string? ReasonNoScore = null, long? ExpectedVersion = null)
    : IJourneyCommand
{
    /// <summary>The SDQ's total difficulties score runs from 0 to 40 (SSDA903 rule 180).</summary>
    public const int HighestScore = 40;

    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(CompletedAt, now, "completedAt")
            .Require(Score is null || Score is >= 0 and <= HighestScore, "score", "sdq-score", $"score is the total difficulties score, 0 to {HighestScore}.")
            .Code(CodeLists.SdqReason, ReasonNoScore, "reasonNoScore", optional: true)
            .Require(Score is not null ^ ReasonNoScore is not null, "score", "score-or-reason",
                "Give the score, or reasonNoScore (SDQ1 to SDQ5) when there is none, not both (SSDA903 OC2).");
        var episode = CareChecks.InCare(journey, CompletedAt, "completedAt", checks, "strengths and difficulties questionnaire");
        return checks.Or(() => Decision.Accept(new StrengthsAndDifficultiesRecorded(episode!.Number, CompletedAt!.Value, Score, ReasonNoScore)));
    }
}

public sealed record IdentifySubstanceMisuse(DateTimeOffset? IdentifiedAt, bool? InterventionReceived, bool? InterventionOffered = null, long? ExpectedVersion = null)
    : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        // SSDA903 rules 158 and 159: an intervention received leaves "offered" blank; one not received says whether it was offered.
        var checks = new Checks().NotInFuture(IdentifiedAt, now, "identifiedAt").Required(InterventionReceived, "interventionReceived")
            .Require(InterventionReceived != true || InterventionOffered is null, "interventionOffered", "offered-only-when-not-received",
                "An intervention received needs no interventionOffered; leave it out.")
            .Require(InterventionReceived != false || InterventionOffered is not null, "interventionOffered", "offered-when-not-received",
                "Say whether an intervention was offered, since none was received.");
        var episode = CareChecks.InCare(journey, IdentifiedAt, "identifiedAt", checks, "substance misuse record");
        return checks.Or(() => Decision.Accept(new SubstanceMisuseIdentified(episode!.Number, IdentifiedAt!.Value, InterventionReceived!.Value, InterventionOffered)));
    }
}

public sealed record RecordYouthJusticeOutcome(DateTimeOffset? DecidedAt, YouthJusticeOutcome? Outcome, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(DecidedAt, now, "decidedAt").OneOf(Outcome, "outcome");
        var episode = CareChecks.InCare(journey, DecidedAt, "decidedAt", checks, "conviction or youth caution");
        return checks.Or(() => Decision.Accept(new YouthJusticeOutcomeRecorded(episode!.Number, DecidedAt!.Value, Outcome!.Value)));
    }
}
