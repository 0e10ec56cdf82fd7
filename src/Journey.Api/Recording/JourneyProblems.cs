using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;

namespace Journey.Api.Recording;

/// <summary>RFC 7807 problem responses for refused commands, naming each field and rule broken.</summary>
public static class JourneyProblems
{
    public const string RuleViolationType = "https://journey.local/problems/rule-violation";
    public const string StaleVersionType = "https://journey.local/problems/stale-version";
    public const string InvalidQueryType = "https://journey.local/problems/invalid-query";

    /// <summary>A read's parameters refused: 400 naming each field and rule, as a refused command does.</summary>
    public static IResult InvalidQuery(string title, IEnumerable<RuleViolation> violations)
    {
        var all = violations.ToArray();
        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, type: InvalidQueryType,
            detail: string.Join(" ", all.Select(v => v.Message)),
            extensions: new Dictionary<string, object?> { ["violations"] = all.Select(v => new { field = v.Field, rule = v.Rule, message = v.Message }).ToArray() });
    }

    /// <summary>The same refusal of a read's parameters as <see cref="InvalidQuery"/>, for middleware, which answers with ProblemDetails.</summary>
    public static ProblemDetails InvalidQueryProblem(string title, IReadOnlyList<RuleViolation> violations)
    {
        var problem = new ProblemDetails
        {
            Type = InvalidQueryType,
            Title = title,
            Status = StatusCodes.Status400BadRequest,
            Detail = string.Join(" ", violations.Select(v => v.Message)),
        };
        problem.Extensions["violations"] = violations.Select(v => new { field = v.Field, rule = v.Rule, message = v.Message }).ToArray();
        return problem;
    }

    public static ProblemDetails RulesBroken(string childId, IReadOnlyList<RuleViolation> violations)
    {
        var problem = new ProblemDetails
        {
            Type = RuleViolationType,
            Title = violations.Count == 1 ? "The request breaks a rule of the child's journey." : $"The request breaks {violations.Count} rules of the child's journey.",
            Status = StatusCodes.Status400BadRequest,
            Detail = string.Join(" ", violations.Select(v => v.Message)),
        };
        problem.Extensions["childId"] = childId;
        problem.Extensions["violations"] = violations.Select(v => new { field = v.Field, rule = v.Rule, message = v.Message }).ToArray();
        return problem;
    }

    public static ProblemDetails StaleVersion(string childId, long expected, long actual)
    {
        var problem = new ProblemDetails
        {
            Type = StaleVersionType,
            Title = "The child's journey has changed since you last read it.",
            Status = StatusCodes.Status409Conflict,
            Detail = $"expectedVersion was {expected} but the journey of {childId} is at version {actual}. Read the timeline again and retry.",
        };
        problem.Extensions["childId"] = childId;
        problem.Extensions["violations"] = new[] { new { field = "expectedVersion", rule = "expected-version-current", message = $"expectedVersion {expected} is not the current version {actual}." } };
        return problem;
    }
}
