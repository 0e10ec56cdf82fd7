using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Domain.Missing;

/// <summary>
/// The missing episode's clock (decision 116): the return home interview is due from the child's return, and the
/// interview done, or refused by the child, ends what the authority owes.
/// </summary>
public static class MissingClocks
{
    /// <summary>Return home interview within 72 hours of the child's return from missing.</summary>
    public const string ReturnInterview = "return-interview";

    public static readonly CapabilityClocks Declaration = new([ReturnInterview],
    [
        EventClocks.On<ReturnedFromMissing>(returned => [new StartClock(ReturnInterview, returned.MissingNumber, returned.OccurredAt)]),
        EventClocks.On<ReturnInterviewRecorded>(
            interview => interview.Outcome is ReturnInterviewOutcome.Completed or ReturnInterviewOutcome.Declined
                ? [new StopClock(ReturnInterview, interview.MissingNumber, interview.OccurredAt)]
                : [],
            // Withdrawn, any record reopens the clock it stopped: one corrected from completed to offered still holds
            // the clock it stopped (its correction stops nothing and reopens nothing), and its withdrawal lets it go.
            interview => [new ReopenClock(ReturnInterview, interview.MissingNumber)]),
    ]);
}
