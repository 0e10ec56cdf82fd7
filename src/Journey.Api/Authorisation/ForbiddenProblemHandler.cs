using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Journey.Api.Authorisation;

/// <summary>
/// A refused caller gets an RFC 7807 problem naming the rule (the framework's default 403 has no
/// body); the request never reaches the endpoint, so nothing is read, logged as read or stored.
/// A missing or invalid token stays the framework's 401 challenge.
/// </summary>
public sealed class ForbiddenProblemHandler : IAuthorizationMiddlewareResultHandler
{
    public const string ForbiddenType = "https://journey.local/problems/forbidden";
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var refusals = authorizeResult.AuthorizationFailure?.FailureReasons.OfType<AccessRefusal>().ToArray() ?? [];
        var rule = refusals.FirstOrDefault()?.Rule ?? "role-required";
        var detail = refusals.Length > 0 ? string.Join(" ", refusals.Select(r => r.Message)) : "Your token does not allow this request.";
        await Results.Problem(statusCode: StatusCodes.Status403Forbidden, type: ForbiddenType,
                title: "You may not do this.", detail: detail,
                extensions: new Dictionary<string, object?> { ["rule"] = rule })
            .ExecuteAsync(context);
    }
}
