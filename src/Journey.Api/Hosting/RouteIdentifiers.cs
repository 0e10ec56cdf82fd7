using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Hosting;

/// <summary>
/// A child or family id in a route that cannot be one (a space, a dot, 37 characters) is refused
/// with 400 naming the rule, before the endpoint runs, on every endpoint whose route names one:
/// otherwise a read answers 404 or an empty list, as if the id were merely unknown. Applied by
/// convention in Program.cs, after the access log, so the refused read is still logged.
/// </summary>
public static class RouteIdentifiers
{
    public static bool Applies(HttpChain chain) =>
        chain.RoutePattern?.GetParameter("childId") is not null || chain.RoutePattern?.GetParameter("familyId") is not null;

    public static ProblemDetails Before(HttpContext http)
    {
        var childId = http.GetRouteValue("childId") as string;
        if (http.GetRouteValue("childId") is not null && ChildId.Check(childId) is { } badChild)
            return JourneyProblems.RulesBroken(childId ?? "", [badChild]);
        if (http.GetRouteValue("familyId") is { } family && ChildId.Check(family as string) is not null)
            return JourneyProblems.RulesBroken(childId ?? "", [new RuleViolation("familyId", "family-id-format",
                $"familyId must be 1 to {ChildId.MaxLength} letters, digits, '-' or '_', starting with a letter or digit.")]);
        return WolverineContinue.NoProblems;
    }
}
