using System.Globalization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Journey.Api.Hosting;

/// <summary>
/// What a bearer token must hold beyond a valid signature, issuer, audience and expiry, checked once
/// the framework has validated it (JwtBearerEvents.OnTokenValidated), so a token that breaks a rule is
/// refused with 401 like any invalid token. Decision 65.
/// <list type="bullet">
/// <item>A subject that is not blank: it is the recorder of every event the request appends and the
/// caller the access log names (RFC 8725 §3.8, validate the subject).</item>
/// <item>A lifetime, exp − iat and exp − nbf, of at most <c>Journey:Auth:MaxTokenLifetime</c>: a token
/// that leaks is good for no longer than that, since Journey cannot revoke one (RFC 6819 §5.1.5.3, short
/// expiration time). A token with neither iat nor nbf has no lifetime to judge and is refused.</item>
/// </list>
/// </summary>
public static class BearerTokenRules
{
    public const string MaxLifetimeSetting = "Journey:Auth:MaxTokenLifetime";

    /// <summary>One hour, what identity providers give access tokens by default and what ops/token.sh issues.</summary>
    public static readonly TimeSpan DefaultMaxLifetime = TimeSpan.FromHours(1);

    /// <summary>At most 12 hours: OWASP ASVS 4.0.3 V3.3.2 asks for re-authentication at least every 12 hours at level 2.</summary>
    public static readonly TimeSpan LongestMaxLifetime = TimeSpan.FromHours(12);

    /// <summary>The configured cap (a TimeSpan, "01:00:00"); a value that is not one, not positive or over 12 hours stops start-up.</summary>
    public static TimeSpan MaxLifetime(IConfiguration configuration)
    {
        if (configuration[MaxLifetimeSetting] is not { } text) return DefaultMaxLifetime;
        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var cap) || cap <= TimeSpan.Zero || cap > LongestMaxLifetime)
            throw new InvalidOperationException(
                $"{MaxLifetimeSetting} must be a time span above 0 and at most {LongestMaxLifetime:c} (OWASP ASVS 4.0.3 V3.3.2), such as 01:00:00.");
        return cap;
    }

    /// <summary>Fails the authentication of a validated token that breaks a rule above.</summary>
    public static Func<TokenValidatedContext, Task> Check(TimeSpan maxLifetime) => context =>
    {
        if (Broken(context, maxLifetime) is { } rule) context.Fail(rule);
        return Task.CompletedTask;
    };

    private static string? Broken(TokenValidatedContext context, TimeSpan maxLifetime)
    {
        if (string.IsNullOrWhiteSpace(context.Principal?.FindFirst(JourneyAuthentication.SubjectClaim)?.Value)) return "The token has no subject.";
        if (context.SecurityToken is not JsonWebToken token) return "The token is not a JWT.";
        // JsonWebToken reads an absent iat or nbf as DateTime.MinValue; exp is there (RequireExpirationTime).
        var starts = new[] { token.IssuedAt, token.ValidFrom }.Where(start => start != DateTime.MinValue).ToArray();
        if (starts.Length == 0) return "The token has neither iat nor nbf, so its lifetime cannot be judged.";
        return starts.Any(start => token.ValidTo - start > maxLifetime) ? $"The token's lifetime is over {maxLifetime:c}." : null;
    }
}
