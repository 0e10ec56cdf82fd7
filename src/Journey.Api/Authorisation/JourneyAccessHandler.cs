using Journey.Api.Access;
using Journey.Api.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using static Journey.Api.Authorisation.JourneyRoles;

namespace Journey.Api.Authorisation;

/// <summary>The ASP.NET Core requirement behind each access rule's policy.</summary>
public sealed class AccessRequirement(AccessRule rule) : IAuthorizationRequirement
{
    public AccessRule Rule { get; } = rule;
}

/// <summary>Why a caller was refused: the rule broken, which the 403 problem names.</summary>
public sealed class AccessRefusal(IAuthorizationHandler handler, string rule, string message) : AuthorizationFailureReason(handler, message)
{
    public string Rule { get; } = rule;
}

/// <summary>
/// Decides an <see cref="AccessRequirement"/>: first what the request is about (<see cref="AccessSubject"/>,
/// decision 59, which the access log then writes), then the caller's roles against the rule, then,
/// for team and remit roles, the <see cref="ReadScope"/> they read by: a named child must be in it
/// (the team holding the case now, journey.current_allocations, among the caller's team claims, or
/// none at all for a front-door team, decision 60; or the child in the role's remit), and a list is
/// filtered to it by the list's own query. A write is checked the same way, before the journey's
/// rules run or its version is compared, and a refusal names only the rule: not the holding team, not
/// the child's history (decision 61). An analyst on a pseudonymised view is let through with the
/// pseudonymised scope, which marks the read for <see cref="PseudonymisingMiddleware"/>, and may not name
/// a child, family or worker in the query. The scope decided is kept as a request feature (decision 120).
/// </summary>
public sealed class JourneyAccessHandler(IOptions<AccessOptions> options) : AuthorizationHandler<AccessRequirement>
{
    public const string TeamHoldsCase = "team-holds-case";
    public const string ChildInRemit = "child-in-remit";
    public const string PseudonymisedRows = "pseudonymised-rows";

    /// <summary>Query parameters that would let an analyst tie a pseudonym to a child, a family or a named worker.</summary>
    public static readonly IReadOnlyList<string> IdentifyingFilters = ["childId", "familyId", "worker"];

    private readonly HashSet<string> _frontDoorTeams = new(options.Value.FrontDoorTeams, StringComparer.Ordinal);

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        if (context.Resource is not HttpContext http || context.User.Identity?.IsAuthenticated != true) return;
        var subject = AccessSubject.Of(http);
        var rule = requirement.Rule;
        var roles = context.User.FindAll(RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        if (rule.AnyChild.Any(roles.Contains))
        {
            ReadScope.Everything.Keep(http);
            context.Succeed(requirement);
            return;
        }
        if (rule.TeamScoped.Any(roles.Contains) || rule.RemitScoped.Any(roles.Contains))
        {
            var byTeam = rule.TeamScoped.Any(roles.Contains);
            var teams = context.User.FindAll(TeamClaim).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
            var scope = ReadScope.Of(byTeam ? teams : null, frontDoor: teams.Any(_frontDoorTeams.Contains),
                rule.RemitScoped.Where(roles.Contains).Select(role => Remits.Of(role)!).ToArray());
            // An id that cannot be one names no record: the id rules refuse it (400) after the access log has written the attempt.
            if (subject.WellFormedChildId is { } child && !await Readable(http, scope, child))
            {
                context.Fail(scope.TeamsOnly
                    ? new AccessRefusal(this, TeamHoldsCase, $"{child} is not one of the children your teams ({(teams.Length == 0 ? "none" : string.Join(", ", teams))}) work with. {rule.Summary}")
                    : new AccessRefusal(this, ChildInRemit, $"{child} is not in your remit ({string.Join(", ", roles.Order())}). {rule.Summary}"));
                return;
            }
            // An allowed write has nothing more to do on the request's connection before its endpoint opens its own
            // session (a read logs on it first, a refusal is logged on it): give it back to the pool now.
            if (!HttpMethods.IsGet(http.Request.Method)) await http.RequestServices.GetRequiredService<RequestConnection>().Release();
            scope.Keep(http);
            context.Succeed(requirement);
            return;
        }
        if (rule.Pseudonymised && roles.Contains(Analyst))
        {
            var named = IdentifyingFilters.Where(f => !string.IsNullOrWhiteSpace(http.Request.Query[f])).ToArray();
            if (named.Length > 0)
            {
                context.Fail(new AccessRefusal(this, PseudonymisedRows,
                    $"Analysts read these rows pseudonymised and may not filter by {string.Join(", ", named)}: a filter on a real identity would tie it to its pseudonym."));
                return;
            }
            ReadScope.Pseudonymised.Keep(http);
            context.Succeed(requirement);
            return;
        }
        var allowed = rule.AnyChild.Concat(rule.TeamScoped).Concat(rule.RemitScoped).Concat(rule.Pseudonymised ? [Analyst] : []).Distinct();
        context.Fail(new AccessRefusal(this, rule.Name,
            $"This needs one of the roles {string.Join(", ", allowed)}; your token has {(roles.Count == 0 ? "none" : string.Join(", ", roles.Order()))}. {rule.Summary}"));
    }

    /// <summary>
    /// Whether the named child is in the scope, in one statement on the request's connection, which
    /// the access log then writes on. Only the answer is read: who holds the case is never put into
    /// a refusal, which would tell an outsider where the child is known (decision 61).
    /// </summary>
    private static async Task<bool> Readable(HttpContext http, ReadScope scope, string childId)
    {
        var connection = http.RequestServices.GetRequiredService<RequestConnection>();
        await using var command = await connection.Command($"SELECT {scope.NamedChildSql}", http.RequestAborted);
        command.Parameters.AddWithValue(ReadScope.ChildParameter, childId);
        scope.AddParameters(command);
        return (bool)(await command.ExecuteScalarAsync(http.RequestAborted))!;
    }
}
