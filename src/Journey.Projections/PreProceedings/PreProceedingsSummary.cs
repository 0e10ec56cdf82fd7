using Journey.Projections.Reviews;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.PreProceedings;

/// <summary>
/// One row per pre-proceedings episode as it stood at a moment, in the CIN census 2026/27
/// pre-proceedings module's terms: entered (PPStartDate), the letter before proceedings
/// (LBPSentDate), the initial meeting (InitialPPMeetingDate), review meetings (ReviewMeetingsCount)
/// and the conclusion (StepDecisionDate); with the duration in days from entering to the
/// conclusion, the days from the letter to the first meeting, and the 16-week drift clock's due
/// date and status. The letter-to-meeting days carry a due date and status only when the rulebook
/// has a <see cref="LetterToMeetingMeasure"/> rule in force on the letter's date: the default
/// rulebook has none, as no source read sets one (decision 27). The function is
/// pre_proceedings_as_at(t, as_recorded), with pre_proceedings_as_at(t) the as-occurred view: as
/// recorded at t, the episode counts once its entry had been recorded and is concluded once its
/// conclusion had been; a letter or meeting counts once recorded; and the drift clock is
/// measures_at(t, true)'s.
/// </summary>
public static class PreProceedingsSummary
{
    public static readonly PostgresqlObjectName LettersTable = new(JourneyStore.Schema, "pre_proceedings_letters", SchemaUtils.IdentifierUsage.General);
    public static readonly string AsAtFunctionName = $"{JourneyStore.Schema}.pre_proceedings_as_at";
    public const string LetterToMeetingMeasure = "pre-proceedings-letter-to-meeting";

    /// <summary>One row per letter before proceedings sent, keyed by stream version (the shape of a chain's held table).</summary>
    public static Table Letters() => ReviewChainSchema.HeldTable(LettersTable, "pre_proceedings_number");

    public static Function AsAt() => SqlFile.Function(typeof(PreProceedingsSummary), "pre_proceedings_as_at");
}
