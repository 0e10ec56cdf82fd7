using Journey.Domain.Journeys;

namespace Journey.Domain.Missing;

/// <summary>
/// Missing: the steps this capability records, its part of the journey's fold and its clocks (decisions 114, 116). It holds missing
/// episodes, returns and return interviews.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class MissingCapability
{
    public static readonly JourneyCapability Declaration = new("Missing",
        [
            new(typeof(MissingEpisodeStarted), typeof(RecordMissing), "missingFrom", "Missing"),
            new(typeof(ReturnedFromMissing), typeof(RecordReturn), "returnedAt", "Missing"),
            new(typeof(ReturnInterviewRecorded), typeof(RecordReturnInterview), "recordedAt", "Missing"),
        ],
        (journey, e) => journey.FoldMissing(e),
        Clocks: MissingClocks.Declaration);
}
