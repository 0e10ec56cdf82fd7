using Journey.Domain.PreProceedings;
using Journey.Projections.Reference;
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

    public static Function AsAt()
    {
        const string letterDate = "(e.letter_sent_at AT TIME ZONE 'Europe/London')::date";
        const string columns = """
            child_id text, pre_proceedings_number integer, entered_at timestamptz, concluded_at timestamptz, duration_days integer,
                           letter_sent_at timestamptz, first_meeting_at timestamptz, letter_to_meeting_days integer, review_meetings integer,
                           letter_to_meeting_rule_id text, letter_to_meeting_due_date date, letter_to_meeting_status text,
                           drift_rule_id text, drift_due_date date, drift_status text
            """;
        var known = ReviewChainSchema.Known;
        return JourneyFunction.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{AsAtFunctionName}}(as_at timestamptz, as_recorded boolean)
            RETURNS TABLE ({{columns}})
            LANGUAGE sql STABLE AS $fn$
              WITH episode AS (
                SELECT p.child_id, p.pre_proceedings_number AS number, p.entered_at,
                       CASE WHEN p.concluded_at <= as_at AND {{known("p.ended_recorded_at")}} THEN p.concluded_at END AS concluded_at,
                       (SELECT min(l.held_at) FROM {{LettersTable.QualifiedName}} l
                        WHERE l.child_id = p.child_id AND l.pre_proceedings_number = p.pre_proceedings_number AND l.held_at <= as_at
                          AND {{known("l.recorded_at")}}) AS letter_sent_at,
                       -- The initial meeting is the first held: a review cannot come before it.
                       (SELECT min(m.held_at) FROM {{PreProceedingsMeetingProjection.MeetingsTable.QualifiedName}} m
                        WHERE m.child_id = p.child_id AND m.pre_proceedings_number = p.pre_proceedings_number AND m.held_at <= as_at
                          AND {{known("m.recorded_at")}}) AS first_meeting_at,
                       (SELECT count(*) FROM {{PreProceedingsMeetingProjection.MeetingsTable.QualifiedName}} m
                        WHERE m.child_id = p.child_id AND m.pre_proceedings_number = p.pre_proceedings_number AND m.held_at <= as_at
                          AND {{known("m.recorded_at")}})::integer AS meetings
                FROM {{PreProceedingsMeetingProjection.EpisodesTable.QualifiedName}} p
                WHERE p.entered_at <= as_at AND {{known("p.started_recorded_at")}}
              ), timed AS (
                SELECT e.*,
                       {{ReviewChainSchema.DueFrom(LetterToMeetingMeasure, letterDate)}} AS letter_due_date,
                       (SELECT t.rule_id FROM {{ReferenceSchema.RulesTable.QualifiedName}} t
                        WHERE t.measure = '{{LetterToMeetingMeasure}}' AND t.effective_from <= {{letterDate}}
                        ORDER BY t.effective_from DESC LIMIT 1) AS letter_rule_id
                FROM episode e
              )
              SELECT e.child_id, e.number, e.entered_at, e.concluded_at,
                     (coalesce(e.concluded_at, as_at) AT TIME ZONE 'Europe/London')::date - (e.entered_at AT TIME ZONE 'Europe/London')::date,
                     e.letter_sent_at, e.first_meeting_at,
                     (e.first_meeting_at AT TIME ZONE 'Europe/London')::date - (e.letter_sent_at AT TIME ZONE 'Europe/London')::date,
                     greatest(e.meetings - 1, 0),
                     e.letter_rule_id, e.letter_due_date,
                     CASE WHEN e.letter_due_date IS NULL THEN NULL
                          WHEN e.first_meeting_at IS NOT NULL
                            THEN CASE WHEN (e.first_meeting_at AT TIME ZONE 'Europe/London')::date <= e.letter_due_date THEN 'met' ELSE 'late' END
                          WHEN e.concluded_at IS NOT NULL THEN NULL
                          WHEN (as_at AT TIME ZONE 'Europe/London')::date <= e.letter_due_date THEN 'open-in-time' ELSE 'open-overdue'
                     END,
                     d.rule_id, d.due_date, d.status
              FROM timed e
              LEFT JOIN {{JourneyStore.Schema}}.measures_at(as_at, as_recorded) d
                ON d.child_id = e.child_id AND d.measure = '{{PreProceedingsClocks.PreProceedings}}' AND d.episode = e.number
            $fn$;
            {{ReviewChainSchema.AsOccurred(AsAtFunctionName, columns)}}
            """);
    }
}
