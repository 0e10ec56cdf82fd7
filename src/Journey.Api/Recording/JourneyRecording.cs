using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Recording;

/// <summary>
/// The two halves every recording endpoint shares under Wolverine's aggregate handler workflow:
/// Wolverine loads the child's journey for writing (FetchForWriting, so a concurrent append fails
/// the commit with 409), <see cref="Validate"/> refuses a command that breaks a rule before anything
/// is written, and <see cref="Append"/> turns that same accepted decision into events: the command
/// is decided once, at one moment, and the decision is handed from one half to the other in the
/// request's items. Each endpoint's Post still names the command, which is how Wolverine binds and
/// documents the request body.
/// </summary>
public static class JourneyRecording
{
    private const string DecisionKey = "journey.decision";

    public static ProblemDetails Validate(string childId, IJourneyCommand command, ChildJourney? journey, DateTimeOffset now, HttpContext http)
    {
        if (ChildId.Check(childId) is { } badId) return JourneyProblems.RulesBroken(childId, [badId]);
        // A body of JSON null binds no command at all.
        if (command is null)
            return JourneyProblems.RulesBroken(childId, [new RuleViolation("body", "json-object", "The body must be a JSON object holding the step's fields.")]);
        var current = journey ?? ChildJourney.New(childId);
        if (command.ExpectedVersion is { } expected && expected != current.Version)
            return JourneyProblems.StaleVersion(childId, expected, current.Version);
        var decision = command.DecideWithinLimits(current, now);
        if (decision.IsRefused) return JourneyProblems.RulesBroken(childId, decision.Violations);
        http.Items[DecisionKey] = decision;
        return WolverineContinue.NoProblems;
    }

    public static (Recorded, Events) Append(string childId, ChildJourney? journey, HttpContext http)
    {
        var current = journey ?? ChildJourney.New(childId);
        var decision = http.Items[DecisionKey] as Decision
                       ?? throw new InvalidOperationException("Append ran without an accepted decision from Validate.");
        var events = new Events();
        events.AddRange(decision.Events);
        return (new Recorded(childId, current.Version + events.Count, decision.Events.Select(e => e.GetType().Name).ToArray()), events);
    }
}
