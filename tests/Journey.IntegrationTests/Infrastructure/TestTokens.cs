using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Journey.IntegrationTests.Infrastructure;

/// <summary>
/// Tokens as ops/token.sh issues them, for the test hosts. A client asked for with no role is a
/// practitioner of <see cref="DefaultTeams"/>: the front door (MASH, which alone records and reads a
/// child no team holds yet, decision 60), the demo's teams and the fixed team names tests allocate
/// to, so a test about recording or measures records and reads as a social worker of the team
/// holding its children. Tests about other roles or teams name them.
/// </summary>
public static class TestTokens
{
    public const string Practitioner = "practitioner";

    public static readonly IReadOnlyList<string> DefaultTeams =
    [
        "MASH", "Assessment Team North", "Child Protection Team South", "Children in Care Team",
        "Team A", "Team B", "Team 6", "CP South", "Child Protection South", "Assessment Team A", "t",
    ];

    public static string Create(IServiceProvider services, string subject, IReadOnlyList<string> roles, IReadOnlyList<string>? teams = null, string? signingKey = null)
    {
        var (effectiveRoles, effectiveTeams) = roles.Count == 0 ? ([Practitioner], teams ?? DefaultTeams) : (roles, teams ?? []);
        var auth = services.GetRequiredService<IConfiguration>().GetSection("Journey:Auth");
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey ?? auth["SigningKey"]!));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([
                new Claim("sub", subject),
                .. effectiveRoles.Select(r => new Claim("role", r)),
                .. effectiveTeams.Select(t => new Claim("team", t)),
            ]),
            Issuer = auth["Issuer"],
            Audience = auth["Audience"],
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
