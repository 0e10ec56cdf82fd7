using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Recording;

/// <summary>
/// The two halves every recording endpoint shares under Wolverine's aggregate handler workflow:
/// Wolverine loads the child's journey for writing (FetchForWriting, so a concurrent append fails
/// the commit with 409), <see cref="Validate"/> refuses a command that breaks a rule before anything
/// is written, and <see cref="Append"/> turns the accepted decision into events.
/// </summary>
public static class JourneyRecording
{
    public static ProblemDetails Validate(string childId, IJourneyCommand command, ChildJourney? journey, DateTimeOffset now)
    {
        if (ChildId.Check(childId) is { } badId) return JourneyProblems.RulesBroken(childId, [badId]);
        var current = journey ?? ChildJourney.New(childId);
        if (command.ExpectedVersion is { } expected && expected != current.Version)
            return JourneyProblems.StaleVersion(childId, expected, current.Version);
        var decision = command.Decide(current, now);
        return decision.IsRefused ? JourneyProblems.RulesBroken(childId, decision.Violations) : WolverineContinue.NoProblems;
    }

    public static (Recorded, Events) Append(string childId, IJourneyCommand command, ChildJourney? journey, DateTimeOffset now)
    {
        var current = journey ?? ChildJourney.New(childId);
        var decision = command.Decide(current, now);
        if (decision.IsRefused)
            // Validate ran first on the same journey and clock, so this means a bug, not bad input.
            throw new InvalidOperationException("A command refused after validation passed.");
        var events = new Events();
        events.AddRange(decision.Events);
        return (new Recorded(childId, current.Version + events.Count, decision.Events.Select(e => e.GetType().Name).ToArray()), events);
    }
}
