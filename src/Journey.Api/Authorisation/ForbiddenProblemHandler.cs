using Journey.Api.Access;
using Journey.Api.Hosting;
using Journey.Projections.Logging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Journey.Api.Authorisation;

/// <summary>
/// A refused caller gets an RFC 7807 problem naming the rule (the framework's default 403 has no
/// body); the request never reaches the endpoint, so nothing is read or stored. The refusal itself,
/// read or write, is written to the access log first (caller, route, child or family named, rule
/// broken) so auditors see attempted access (decision 55); the child or family is the one the access
/// check decided on (<see cref="AccessSubject"/>, decision 59). A missing or invalid token stays the
/// framework's 401 challenge: there is no caller to log. A signed token that names no subject is
/// challenged likewise, and logged as a refusal by no subject (<see cref="SubjectRequired"/>, decision 62).
/// </summary>
public sealed class ForbiddenProblemHandler(TimeProvider clock, ILogger<ForbiddenProblemHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    public const string ForbiddenType = "https://journey.local/problems/forbidden";
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged && context.Features.Get<SubjectlessToken>() is not null)
            await LogRefusal(context, SubjectRequired.Rule);
        if (!authorizeResult.Forbidden)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var refusals = authorizeResult.AuthorizationFailure?.FailureReasons.OfType<AccessRefusal>().ToArray() ?? [];
        var rule = refusals.FirstOrDefault()?.Rule ?? "role-required";
        var detail = refusals.Length > 0 ? string.Join(" ", refusals.Select(r => r.Message)) : "Your token does not allow this request.";
        await LogRefusal(context, rule);
        await Results.Problem(statusCode: StatusCodes.Status403Forbidden, type: ForbiddenType,
                title: "You may not do this.", detail: detail,
                extensions: new Dictionary<string, object?> { ["rule"] = rule })
            .ExecuteAsync(context);
    }

    /// <summary>
    /// Written on the request's connection (the access check's, when it made one). The request is
    /// refused whether or not the row could be written: a refusal shows nothing, so failing to log
    /// it discloses nothing; the failure is logged for operators.
    /// </summary>
    private async Task LogRefusal(HttpContext context, string rule)
    {
        var connection = context.RequestServices.GetRequiredService<RequestConnection>();
        try
        {
            await AccessLogWriter.Write(connection, AccessLogMiddleware.Describe(context, clock, rule), context.RequestAborted);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError("A refused request to {Route} (rule {Rule}) could not be written to the access log ({Failure}).",
                RouteTemplate.Of(context), rule, FailureKind.Of(failure));
        }
        finally
        {
            await connection.Release();
        }
    }
}
