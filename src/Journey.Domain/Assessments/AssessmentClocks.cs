using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Domain.Assessments;

/// <summary>
/// The assessment's clocks (decision 116): one runs from the referral (started by the front door's accepted
/// referral), one from the assessment's own start, and its authorisation stops both.
/// </summary>
public static class AssessmentClocks
{
    /// <summary>Assessment authorised within 45 working days of the referral.</summary>
    public const string Assessment = "assessment";

    /// <summary>Assessment authorised within 45 working days of its own start (the CIN census count).</summary>
    public const string AssessmentFromStart = "assessment-from-start";

    public static readonly CapabilityClocks Declaration = new([Assessment, AssessmentFromStart],
    [
        EventClocks.On<AssessmentStarted>(started => [new StartClock(AssessmentFromStart, started.AssessmentNumber, started.OccurredAt)]),
        EventClocks.On<AssessmentAuthorised>(authorised =>
        [
            new StopClock(Assessment, authorised.ReferralNumber, authorised.OccurredAt),
            new StopClock(AssessmentFromStart, authorised.AssessmentNumber, authorised.OccurredAt),
        ]),
    ]);
}
