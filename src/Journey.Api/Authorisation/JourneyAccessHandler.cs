using Journey.Projections.Allocations;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Npgsql;
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
/// roles on a named child, the team holding the child's case now (journey.current_allocations)
/// against the caller's team claims. An analyst on a pseudonymised view is let through marked for
/// <see cref="PseudonymisingMiddleware"/> and may not name a child, family or worker in the query.
/// </summary>
public sealed class JourneyAccessHandler(IDocumentStore store) : AuthorizationHandler<AccessRequirement>
{
    public const string TeamHoldsCase = "team-holds-case";
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
            context.Succeed(requirement);
            return;
        }
        if (rule.TeamScoped.Any(roles.Contains))
        {
            var child = ChildNamed(http);
            var holder = child is null ? null : await TeamHolding(child, http.RequestAborted);
            var teams = context.User.FindAll(TeamClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            if (holder is null || teams.Contains(holder))
                context.Succeed(requirement);
            else
                context.Fail(new AccessRefusal(this, TeamHoldsCase,
                    $"The case of {child} is held by the team '{holder}', which is not one of your teams ({(teams.Count == 0 ? "none" : string.Join(", ", teams.Order()))}). {rule.Summary}"));
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
            context.Succeed(requirement);
            return;
        }
        var allowed = rule.AnyChild.Concat(rule.TeamScoped).Concat(rule.Pseudonymised ? [Analyst] : []).Distinct();
        context.Fail(new AccessRefusal(this, rule.Name,
            $"This needs one of the roles {string.Join(", ", allowed)}; your token has {(roles.Count == 0 ? "none" : string.Join(", ", roles.Order()))}. {rule.Summary}"));
    }

    private static string? ChildNamed(HttpContext http) =>
        http.Request.RouteValues.TryGetValue("childId", out var routed) && routed?.ToString() is { Length: > 0 } fromRoute ? fromRoute
            : http.Request.Query["childId"].ToString() is { Length: > 0 } fromQuery ? fromQuery : null;

    /// <summary>The team holding the child's case now: its latest standing allocation; null when none.</summary>
    private async Task<string?> TeamHolding(string childId, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"SELECT team FROM {AllocationProjection.CurrentView} WHERE child_id = @child", connection);
        command.Parameters.AddWithValue("child", childId);
        return await command.ExecuteScalarAsync(cancellation) as string;
    }
}
