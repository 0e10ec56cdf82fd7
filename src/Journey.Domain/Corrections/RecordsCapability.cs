using Journey.Domain.Journeys;

namespace Journey.Domain.Corrections;

/// <summary>
/// Records: the steps this capability records and its part of the journey's fold (decision 114). It holds finalised
/// records, and corrections and withdrawals of recorded steps (appended by CorrectEvent and WithdrawEvent, which
/// change an earlier step rather than record one).
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class RecordsCapability
{
    public static readonly JourneyCapability Declaration = new("Records",
        [
            new(typeof(RecordFinalised), typeof(FinaliseRecord), "finalisedAt", "Records",
                new Dictionary<string, string> { ["finalisedVersion"] = "version" }),
        ],
        (journey, e) => journey.FoldRecords(e),
        CompanionEvents: [typeof(EventCorrected), typeof(EventWithdrawn)]);
}
