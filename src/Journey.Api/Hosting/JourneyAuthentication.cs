using System.Text;
using Journey.Api.Authorisation;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace Journey.Api.Hosting;

/// <summary>
/// JWT bearer authentication. Issuer, audience and signing key come from configuration
/// (Journey:Auth); the recorder of every event is the token's subject ("sub"), never the body.
/// Development settings carry a local key that ops/token.sh signs with. Who may call what: the
/// roles and teams of <see cref="JourneyRoles"/>, by the rules of <see cref="AccessRules"/>. What a token
/// must be beyond that: HS256 only, a subject, a capped lifetime (<see cref="BearerTokenRules"/>, decision 65);
/// outside Development the repository's own keys are refused (<see cref="DevelopmentKeys"/>, decision 64).
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
        var maxLifetime = BearerTokenRules.MaxLifetime(configuration);

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                // A 401 answers "Bearer" and nothing about why the token failed (OWASP ASVS 4.0.3 V7.4.1, a generic
                // message): error_description would tell someone forging tokens which check they got past.
                options.IncludeErrorDetails = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer,
                    ValidAudience = audience,
                    IssuerSigningKeys = previousKeys.Prepend(key).Select(k => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(k))).ToList(),
                    // The keys are HMAC keys, so HS256 and nothing else: not "none", not another HMAC length the issuer does not
                    // sign with (OWASP ASVS 4.0.3 V3.5.3; RFC 8725 §3.1, the algorithm is checked against an allowlist).
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    RequireSignedTokens = true,
                    // exp is required and checked, with a minute's skew (OWASP ASVS 5.0 V9.2.1); its distance from iat and nbf is capped below.
                    RequireExpirationTime = true,
                    ValidateLifetime = true,
                    NameClaimType = SubjectClaim,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
                options.Events.OnTokenValidated = BearerTokenRules.Check(maxLifetime);
            });
        services.AddAuthorization(options =>
        {
            options.DefaultPolicy = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser().RequireClaim(SubjectClaim).Build();
            // One policy per access rule, named by each endpoint's [Access] attribute beside its route (decision 111).
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
