using Journey.Domain.Journeys;

namespace Journey.Domain.Missing;

public enum ReturnInterviewOutcome { Offered, Accepted, Declined, Completed }

/// <summary>The child went missing.</summary>
public sealed record MissingEpisodeStarted(int MissingNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>The child returned; the return home interview clock (72 hours) starts.</summary>
public sealed record ReturnedFromMissing(int MissingNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>What happened with the return home interview: offered, accepted, declined or completed.</summary>
public sealed record ReturnInterviewRecorded(int MissingNumber, DateTimeOffset OccurredAt, ReturnInterviewOutcome Outcome) : IJourneyEvent;

public sealed record RecordMissing(DateTimeOffset? MissingFrom, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(MissingFrom, now, "missingFrom")
            .Require(journey.OpenMissingEpisode is null, "missingFrom", "one-missing-episode-at-a-time",
                $"Missing episode {journey.OpenMissingEpisode?.Number} has no return recorded yet.");
        var last = journey.MissingEpisodes.LastOrDefault();
        if (last?.ReturnedAt is { } returned)
            checks.NotBefore(MissingFrom, returned, "missingFrom", "after-the-last-return", $"the child returned from missing episode {last.Number}");
        return checks.Or(() => Decision.Accept(new MissingEpisodeStarted(journey.NextNumber<MissingEpisodeStarted>(), MissingFrom!.Value)));
    }
}

public sealed record RecordReturn(DateTimeOffset? ReturnedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var episode = journey.OpenMissingEpisode;
        var checks = new Checks().NotInFuture(ReturnedAt, now, "returnedAt")
            .Require(episode is not null, "returnedAt", "needs-open-missing-episode", "The child is not recorded as missing.");
        if (episode is not null) checks.NotBefore(ReturnedAt, episode.StartedAt, "returnedAt", "return-after-missing", "the child went missing");
        return checks.Or(() => Decision.Accept(new ReturnedFromMissing(episode!.Number, ReturnedAt!.Value)));
    }
}

public sealed record RecordReturnInterview(DateTimeOffset? RecordedAt, ReturnInterviewOutcome? Outcome, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var episode = journey.MissingEpisodes.LastOrDefault(m => m.ReturnedAt is not null);
        var checks = new Checks().NotInFuture(RecordedAt, now, "recordedAt").OneOf(Outcome, "outcome")
            .Require(episode is not null, "recordedAt", "interview-needs-a-return", "A return home interview follows a return from missing.");
        if (episode is not null)
            checks.NotBefore(RecordedAt, episode.ReturnedAt!.Value, "recordedAt", "interview-after-return", "the child returned");
        return checks.Or(() => Decision.Accept(new ReturnInterviewRecorded(episode!.Number, RecordedAt!.Value, Outcome!.Value)));
    }
}
