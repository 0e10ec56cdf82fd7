using Journey.Domain.Journeys;
using Journey.Domain.Reference;
using Journey.Domain.Returns;

namespace Journey.Domain.Missing;

public enum ReturnInterviewOutcome { Offered, Accepted, Declined, Completed }

/// <summary>
/// The child went missing; for a looked-after child, whether missing (M) or away from placement without
/// authorisation (A), as the SSDA903's missing table codes it (optional for episodes recorded before it was asked).
/// </summary>
public sealed record MissingEpisodeStarted(int MissingNumber, DateTimeOffset OccurredAt, string? MissingOrAway = null) : IJourneyEvent;

/// <summary>The child returned; the return home interview clock (72 hours) starts.</summary>
public sealed record ReturnedFromMissing(int MissingNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>What happened with the return home interview: offered, accepted, declined or completed.</summary>
public sealed record ReturnInterviewRecorded(int MissingNumber, DateTimeOffset OccurredAt, ReturnInterviewOutcome Outcome) : IJourneyEvent;

public sealed record RecordMissing(DateTimeOffset? MissingFrom, long? ExpectedVersion = null, string? MissingOrAway = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        // Away from placement without authorisation (A) needs a placement: the child is looked after then (SSDA903 rule 1006's codes).
        var inCare = MissingFrom is { } from && journey.CareEpisodes.Any(c => c.EnteredAt <= from && (c.LeftAt is null || from < c.LeftAt));
        var checks = new Checks().NotInFuture(MissingFrom, now, "missingFrom")
            .Code(CodeLists.MissingOrAway, MissingOrAway, "missingOrAway", optional: true)
            .Require(MissingOrAway != "A" || MissingFrom is null || inCare, "missingOrAway", "away-from-a-placement",
                "Away from placement without authorisation (A) is for a child looked after at the time; otherwise the child is missing (M).")
            .Require(journey.OpenMissingEpisode is null, "missingFrom", "one-missing-episode-at-a-time",
                $"Missing episode {journey.OpenMissingEpisode?.Number} has no return recorded yet.");
        var last = journey.MissingEpisodes.LastOrDefault();
        if (last?.ReturnedAt is { } returned)
            checks.NotBefore(MissingFrom, returned, "missingFrom", "after-the-last-return", $"the child returned from missing episode {last.Number}");
        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new MissingEpisodeStarted(journey.NextNumber<MissingEpisodeStarted>(), MissingFrom!.Value, MissingOrAway))), "missingFrom");
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
