using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Recording;

/// <summary>
/// The two halves every recording endpoint shares under Wolverine's aggregate handler workflow:
/// Wolverine loads the child's journey for writing (FetchForWriting, so a concurrent append fails
/// the commit with 409), <see cref="Validate"/> refuses a command that breaks a rule before anything
/// is written, and <see cref="Append"/> turns that same accepted decision into events. The command
/// is decided once, at one moment: Validate returns the decision beside its ProblemDetails, and
/// Wolverine passes it to the endpoint method as an argument, as it does any value a Before or
/// Validate method returns (decision 110). Validate is Wolverine middleware that
/// <see cref="JourneyRecordingPolicy"/> adds to every chain whose request body is a journey command
/// (decision 124), handing it that body by the interface every command implements. Each endpoint
/// method still names the command, which is how Wolverine binds and documents the request body.
/// </summary>
public static class JourneyRecording
{
    /// <returns>The accepted decision and <see cref="WolverineContinue.NoProblems"/>, or no decision and the refusal.</returns>
    public static (Decision?, ProblemDetails) Validate(IJourneyCommand command, string childId, ChildJourney? journey, TimeProvider clock)
    {
        if (ChildId.Check(childId) is { } badId) return (null, JourneyProblems.RulesBroken(childId, [badId]));
        // A body of JSON null binds no command at all.
        if (command is null)
            return (null, JourneyProblems.RulesBroken(childId, [new RuleViolation("body", "json-object", "The body must be a JSON object holding the step's fields.")]));
        var current = journey ?? ChildJourney.New(childId);
        if (command.ExpectedVersion is { } expected && expected != current.Version)
            return (null, JourneyProblems.StaleVersion(childId, expected, current.Version));
        var decision = command.DecideWithinLimits(current, clock.GetUtcNow());
        if (decision.IsRefused) return (null, JourneyProblems.RulesBroken(childId, decision.Violations));
        return (decision, WolverineContinue.NoProblems);
    }

    public static (Recorded, Events) Append(string childId, ChildJourney? journey, Decision decision)
    {
        var current = journey ?? ChildJourney.New(childId);
        var events = new Events();
        events.AddRange(decision.Events);
        return (new Recorded(childId, current.Version + events.Count, decision.Events.Select(e => e.GetType().Name).ToArray()), events);
    }
}
