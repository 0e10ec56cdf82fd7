using Journey.Api.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Journey.Api.Authorisation;

/// <summary>
/// A token must name its caller (decision 62). The subject (<c>sub</c>) is who the access log says
/// read a child and who the event store says recorded a step; a token without one, or with an empty
/// one, identifies nobody, so it authenticates nobody: <c>401</c>, as for any token that does not
/// hold (RFC 6750 §3.1, <c>invalid_token</c>). The token was signed by the authority's identity
/// provider, though, so the attempt is an auditor's business: it is marked on the request
/// (<see cref="SubjectlessToken"/>) and <see cref="ForbiddenProblemHandler"/> writes it to the access
/// log as a refusal by <see cref="NoSubject"/>, rule <see cref="Rule"/>. Checked once the token's
/// signature, issuer, audience and lifetime have held (JwtBearer's <c>OnTokenValidated</c>, ahead of
/// any other handler of that event), so a forged token is never logged as a caller.
/// </summary>
public static class SubjectRequired
{
    public const string Rule = "subject-required";

    /// <summary>The user name the access log records for a token that names no subject.</summary>
    public const string NoSubject = "(no subject)";

    public static IServiceCollection AddSubjectRequired(this IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var others = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = context =>
            {
                var principal = context.Principal;
                if (!string.IsNullOrWhiteSpace(principal?.FindFirst(JourneyAuthentication.SubjectClaim)?.Value)) return others(context);
                var roles = principal?.FindAll(JourneyRoles.RoleClaim).Select(c => c.Value).ToArray() ?? [];
                context.HttpContext.Features.Set(new SubjectlessToken(roles));
                context.Fail("The token names no subject.");
                return Task.CompletedTask;
            };
        });
}

/// <summary>A signed, current token that names no subject was presented on this request; its roles, for the access log.</summary>
public sealed record SubjectlessToken(IReadOnlyList<string> Roles);
