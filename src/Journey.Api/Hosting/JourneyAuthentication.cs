using System.Text;
using Journey.Api.Authorisation;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.IdentityModel.Tokens;

namespace Journey.Api.Hosting;

/// <summary>
/// JWT bearer authentication. Issuer, audience and signing key come from configuration
/// (Journey:Auth); the recorder of every event is the token's subject ("sub"), never the body.
/// Development settings carry a local key that ops/token.sh signs with. Who may call what: the
/// roles and teams of <see cref="JourneyRoles"/>, by the rules of <see cref="AccessRules"/>.
/// </summary>
public static class JourneyAuthentication
{
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";

    public static IServiceCollection AddJourneyAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Journey:Auth");
        var issuer = section["Issuer"] ?? throw new InvalidOperationException("Journey:Auth:Issuer is not configured.");
        var audience = section["Audience"] ?? throw new InvalidOperationException("Journey:Auth:Audience is not configured.");
        var key = section["SigningKey"];
        if (string.IsNullOrEmpty(key) || Encoding.UTF8.GetByteCount(key) < 32)
            throw new InvalidOperationException("Journey:Auth:SigningKey must be configured with at least 32 bytes (HMAC-SHA256).");
        // Keys retired by a rotation, still accepted until the tokens they signed have expired
        // (docs/operations.md, "Key rotation"); tokens are only ever expected to be signed with SigningKey.
        var previousKeys = section.GetSection("PreviousSigningKeys").Get<string[]>() ?? [];
        if (previousKeys.Any(k => Encoding.UTF8.GetByteCount(k) < 32))
            throw new InvalidOperationException("Each of Journey:Auth:PreviousSigningKeys must hold at least 32 bytes (HMAC-SHA256).");

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer,
                    ValidAudience = audience,
                    IssuerSigningKeys = previousKeys.Prepend(key).Select(k => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(k))).ToList(),
                    NameClaimType = SubjectClaim,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            });
        services.AddAuthorization(options =>
        {
            options.DefaultPolicy = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser().RequireClaim(SubjectClaim).Build();
            // One policy per access rule, each endpoint given its rule's in Program.cs (AccessRules.For).
            foreach (var rule in AccessRules.All)
                options.AddPolicy(rule.PolicyName, policy => policy.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                    .RequireAuthenticatedUser().RequireClaim(SubjectClaim).AddRequirements(new AccessRequirement(rule)));
        });
        services.AddSingleton<IAuthorizationHandler, JourneyAccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbiddenProblemHandler>();
        services.AddSingleton<Pseudonyms>();
        // The access check and the access-log row of a request share one connection (RequestConnection).
        services.AddScoped<RequestConnection>();
        return services;
    }
}
