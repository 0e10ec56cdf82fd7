using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace Journey.Api.Hosting;

/// <summary>
/// JWT bearer authentication. Issuer, audience and signing key come from configuration
/// (Journey:Auth); the recorder of every event is the token's subject ("sub"), never the body.
/// Development settings carry a local key that ops/token.sh signs with.
/// </summary>
public static class JourneyAuthentication
{
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";

    /// <summary>
    /// Importing writes history as other people recorded it (their names, their times), so it is kept
    /// to those trusted with migrations. Wider roles are issue 7's.
    /// </summary>
    public const string ImporterPolicy = "importer";

    public static IServiceCollection AddJourneyAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Journey:Auth");
        var issuer = section["Issuer"] ?? throw new InvalidOperationException("Journey:Auth:Issuer is not configured.");
        var audience = section["Audience"] ?? throw new InvalidOperationException("Journey:Auth:Audience is not configured.");
        var key = section["SigningKey"];
        if (string.IsNullOrEmpty(key) || Encoding.UTF8.GetByteCount(key) < 32)
            throw new InvalidOperationException("Journey:Auth:SigningKey must be configured with at least 32 bytes (HMAC-SHA256).");

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer,
                    ValidAudience = audience,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
                    NameClaimType = SubjectClaim,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            });
        services.AddAuthorization(options =>
        {
            options.DefaultPolicy = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser().RequireClaim(SubjectClaim).Build();
            options.AddPolicy(ImporterPolicy, policy => policy.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser().RequireClaim(SubjectClaim).RequireClaim(RoleClaim, "importer", "administrator"));
        });
        return services;
    }
}
