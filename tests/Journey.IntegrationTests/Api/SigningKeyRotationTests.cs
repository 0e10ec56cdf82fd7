using System.Security.Claims;
using System.Text;
using Journey.Api.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Journey.IntegrationTests.Api;

/// <summary>
/// Rolling the signing key with overlapping validity (docs/operations.md): tokens signed with the new
/// key or with a key listed in Journey:Auth:PreviousSigningKeys are accepted, any other key's refused,
/// as the service's own bearer options validate them.
/// </summary>
public sealed class SigningKeyRotationTests
{
    private const string NewKey = "the-new-signing-key-of-at-least-32-bytes";
    private const string OldKey = "the-old-signing-key-of-at-least-32-bytes";

    private static TokenValidationParameters Validation(params string[] previousKeys)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Journey:Auth:Issuer"] = "journey-local",
            ["Journey:Auth:Audience"] = "journey-api",
            ["Journey:Auth:SigningKey"] = NewKey,
        };
        for (var i = 0; i < previousKeys.Length; i++) settings[$"Journey:Auth:PreviousSigningKeys:{i}"] = previousKeys[i];
        var services = new ServiceCollection().AddLogging();
        services.AddJourneyAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<IOptionsMonitor<JwtBearerOptions>>()
            .Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters;
    }

    private static string Token(string key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Subject = new ClaimsIdentity([new Claim("sub", "sw.sam.taylor")]),
        Issuer = "journey-local",
        Audience = "journey-api",
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
    });

    private static async Task<bool> Accepted(string token, TokenValidationParameters validation) =>
        (await new JsonWebTokenHandler().ValidateTokenAsync(token, validation)).IsValid;

    [Fact]
    public async Task During_a_rotation_tokens_signed_with_the_new_or_a_previous_key_are_accepted_and_others_refused()
    {
        var during = Validation(OldKey);
        (await Accepted(Token(NewKey), during)).ShouldBeTrue();
        (await Accepted(Token(OldKey), during)).ShouldBeTrue();
        (await Accepted(Token("some-other-key-that-nobody-configured-32"), during)).ShouldBeFalse();
    }

    [Fact]
    public async Task Once_the_previous_key_is_removed_its_tokens_are_refused()
    {
        var after = Validation();
        (await Accepted(Token(NewKey), after)).ShouldBeTrue();
        (await Accepted(Token(OldKey), after)).ShouldBeFalse();
    }

    [Fact]
    public void A_previous_key_shorter_than_32_bytes_stops_start_up()
    {
        Should.Throw<InvalidOperationException>(() => Validation("short")).Message.ShouldContain("PreviousSigningKeys");
    }
}
