using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Hosting;

/// <summary>
/// A child or family id that cannot be one (a space, a dot, 37 characters), in a route or as a
/// <c>childId</c>/<c>familyId</c> query filter, is refused with 400 naming the rule before the
/// endpoint runs: otherwise a read answers 404 or an empty list, as if the id were merely unknown.
/// Applied by convention in Program.cs to every endpoint that takes one, after the access log, so
/// the refused read is still logged.
/// </summary>
public static class ChildIdentifiers
{
    private static readonly string[] Names = ["childId", "familyId"];

    public static bool Applies(HttpChain chain) =>
        Names.Any(name => chain.RoutePattern?.GetParameter(name) is not null
                          || chain.Method.Method.GetParameters().Any(p => p.Name == name));

    public static ProblemDetails Before(HttpContext http)
    {
        var violations = new List<RuleViolation>();
        foreach (var name in Names)
        {
            var value = http.GetRouteValue(name) as string ?? (http.Request.Query.TryGetValue(name, out var query) ? query.ToString() : null);
            if (value is not null && ChildId.Check(value) is not null)
                violations.Add(new RuleViolation(name, name == "childId" ? "child-id-format" : "family-id-format",
                    $"{name} must be 1 to {ChildId.MaxLength} letters, digits, '-' or '_', starting with a letter or digit."));
        }
        if (violations.Count == 0) return WolverineContinue.NoProblems;
        return JourneyProblems.RulesBroken(http.GetRouteValue("childId") as string ?? "", violations);
    }
}
