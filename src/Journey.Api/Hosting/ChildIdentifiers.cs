using Journey.Api.Access;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Hosting;

/// <summary>
/// A child or family id that cannot be one (a space, a dot, 37 characters, nothing), in a route or as
/// a <c>childId</c>/<c>familyId</c> query filter, is refused with 400 naming the rule before the
/// endpoint runs: otherwise a read answers 404 or an empty list, as if the id were merely unknown,
/// and a blank filter would read as no filter at all. So is a <c>childId</c> or <c>familyId</c> in the
/// query of a route that already names a child or family (rule id-in-route, decision 59): one request,
/// one child. Both read the request's <see cref="AccessSubject"/>, the one the access check decided
/// and the access log writes. Applied by convention in Program.cs to every endpoint that takes one,
/// after the access log, so the refused read is still logged as a read of the child it named.
/// </summary>
public static class ChildIdentifiers
{
    public const string IdInRoute = "id-in-route";

    public static bool Applies(HttpChain chain) => AccessSubject.Parameters.Any(name => AccessSubject.Takes(chain, name));

    public static ProblemDetails Before(HttpContext http)
    {
        var subject = AccessSubject.Of(http);
        var violations = subject.IdsInQueryOfRoute
            .Select(name => new RuleViolation(name, IdInRoute,
                $"The route names the {(subject.ChildId is not null ? "child" : "family")} read: {name} may not be given in the query as well."))
            .ToList();
        if (subject.ChildId is { } child && ChildId.Check(child) is not null)
            violations.Add(Malformed(AccessSubject.ChildParameter, "child-id-format"));
        if (subject.FamilyId is { } family && ChildId.Check(family) is not null)
            violations.Add(Malformed(AccessSubject.FamilyParameter, "family-id-format"));
        if (violations.Count == 0) return WolverineContinue.NoProblems;
        return JourneyProblems.RulesBroken(http.GetRouteValue(AccessSubject.ChildParameter) as string ?? "", violations);
    }

    private static RuleViolation Malformed(string name, string rule) =>
        new(name, rule, $"{name} must be 1 to {ChildId.MaxLength} letters, digits, '-' or '_', starting with a letter or digit.");
}
