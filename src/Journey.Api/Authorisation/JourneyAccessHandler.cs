using Journey.Api.Hosting;
using Journey.Projections.Allocations;
using Microsoft.AspNetCore.Authorization;
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
/// Decides an <see cref="AccessRequirement"/>: the caller's roles against the rule, then, for team
/// and remit roles, the <see cref="ReadScope"/> they read by: a named child must be in it (the team
/// holding the case now, journey.current_allocations, among the caller's team claims, or none; or the
/// child in the role's remit), and a list is filtered to it by the list's own query. An analyst on a
/// pseudonymised view is let through marked for <see cref="PseudonymisingMiddleware"/> and may not
/// name a child, family or worker in the query.
/// </summary>
public sealed class JourneyAccessHandler : AuthorizationHandler<AccessRequirement>
{
    public const string TeamHoldsCase = "team-holds-case";
    public const string ChildInRemit = "child-in-remit";
    public const string PseudonymisedRows = "pseudonymised-rows";
    public const string PseudonymiseItem = "journey.pseudonymise";

    /// <summary>Query parameters that would let an analyst tie a pseudonym to a child, a family or a named worker.</summary>
    public static readonly IReadOnlyList<string> IdentifyingFilters = ["childId", "familyId", "worker"];

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        if (context.Resource is not HttpContext http || context.User.Identity?.IsAuthenticated != true) return;
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
            var teams = context.User.FindAll(TeamClaim).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
            var scope = ReadScope.Of(rule.TeamScoped.Any(roles.Contains) ? teams : null,
                rule.RemitScoped.Where(roles.Contains).Select(role => Remits.Of(role)!).ToArray());
            var child = ChildNamed(http);
            if (child is not null && await Check(http, scope, child) is { Readable: false } check)
            {
                context.Fail(scope.TeamsOnly
                    ? new AccessRefusal(this, TeamHoldsCase,
                        $"The case of {child} is held by the team '{check.Holder}', which is not one of your teams ({(teams.Length == 0 ? "none" : string.Join(", ", teams))}). {rule.Summary}")
                    : new AccessRefusal(this, ChildInRemit,
                        $"{child} is not in your remit ({string.Join(", ", roles.Order())}){(check.Holder is null ? "" : $" and its case is held by the team '{check.Holder}'")}. {rule.Summary}"));
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
            http.Items[PseudonymiseItem] = true;
            ReadScope.Pseudonymised.Keep(http);
            context.Succeed(requirement);
            return;
        }
        var allowed = rule.AnyChild.Concat(rule.TeamScoped).Concat(rule.RemitScoped).Concat(rule.Pseudonymised ? [Analyst] : []).Distinct();
        context.Fail(new AccessRefusal(this, rule.Name,
            $"This needs one of the roles {string.Join(", ", allowed)}; your token has {(roles.Count == 0 ? "none" : string.Join(", ", roles.Order()))}. {rule.Summary}"));
    }

    public static string? ChildNamed(HttpContext http) =>
        http.Request.RouteValues.TryGetValue("childId", out var routed) && routed?.ToString() is { Length: > 0 } fromRoute ? fromRoute
            : http.Request.Query["childId"].ToString() is { Length: > 0 } fromQuery ? fromQuery : null;

    /// <summary>
    /// Whether the named child is in the scope, and the team holding its case now (for the refusal),
    /// in one statement on the request's connection, which the access log then writes on.
    /// </summary>
    private static async Task<(bool Readable, string? Holder)> Check(HttpContext http, ReadScope scope, string childId)
    {
        var connection = http.RequestServices.GetRequiredService<RequestConnection>();
        await using var command = await connection.Command(
            $"SELECT {scope.NamedChildSql}, (SELECT team FROM {AllocationProjection.CurrentView} WHERE child_id = @{ReadScope.ChildParameter})",
            http.RequestAborted);
        command.Parameters.AddWithValue(ReadScope.ChildParameter, childId);
        scope.AddParameters(command);
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        await reader.ReadAsync(http.RequestAborted);
        return (reader.GetBoolean(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}
