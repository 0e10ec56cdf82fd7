using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Journey.Api.Hosting;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Journey.IntegrationTests.Api;

/// <summary>
/// What a bearer token must be beyond a good signature (decision 65): signed HS256 and nothing else, with a
/// subject that is not blank, an exp, and a lifetime (exp − iat, exp − nbf) of at most
/// Journey:Auth:MaxTokenLifetime (one hour); a refusal says nothing about why. Every token here is signed
/// with the host's own key, issuer and audience, so only the rule under test can refuse it.
/// </summary>
public sealed class BearerTokenTests(JourneyHost host)
{
    private const string Read = "/api/measures?measure=assessment&limit=1";

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private IConfigurationSection Auth => host.Services.GetRequiredService<IConfiguration>().GetSection("Journey:Auth");

    /// <summary>A token of exactly these claims (besides iss and aud), signed with the host's key by <paramref name="algorithm"/>.</summary>
    private string Token(JsonObject claims, string algorithm = SecurityAlgorithms.HmacSha256)
    {
        claims["iss"] = Auth["Issuer"];
        claims["aud"] = Auth["Audience"];
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Auth["SigningKey"]!));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(claims.ToJsonString(), new SigningCredentials(key, algorithm));
    }

    private static JsonObject Claims(string? subject = "sw.sam.taylor", long? issuedAt = null, long? notBefore = null, long? expires = null)
    {
        var claims = new JsonObject { ["role"] = "auditor" };
        if (subject is not null) claims["sub"] = subject;
        if (issuedAt is not null) claims["iat"] = issuedAt;
        if (notBefore is not null) claims["nbf"] = notBefore;
        if (expires is not null) claims["exp"] = expires;
        return claims;
    }

    private async Task<HttpResponseMessage> Get(string token)
    {
        var client = host.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync(Read, TestContext.Current.CancellationToken);
    }

    private async Task<HttpStatusCode> Status(string token) => (await Get(token)).StatusCode;

    [Fact]
    public async Task A_token_of_an_hour_with_a_subject_signed_HS256_is_accepted() =>
        (await Status(Token(Claims(issuedAt: Now, notBefore: Now, expires: Now + 3600)))).ShouldBe(HttpStatusCode.OK);

    [Fact]
    public async Task A_token_signed_with_the_right_key_by_another_algorithm_or_none_is_refused()
    {
        var claims = Claims(issuedAt: Now, notBefore: Now, expires: Now + 600);
        // HS384 with the very key HS256 uses: the signature is good, the algorithm is not the one pinned (RFC 8725 §3.1).
        (await Status(Token(claims.DeepClone().AsObject(), SecurityAlgorithms.HmacSha384))).ShouldBe(HttpStatusCode.Unauthorized);
        var unsigned = $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{Base64UrlEncoder.Encode(Claims(issuedAt: Now, expires: Now + 600).ToJsonString())}.";
        (await Status(unsigned)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_token_without_a_subject_is_refused_as_unauthenticated(string? subject) =>
        (await Status(Token(Claims(subject, issuedAt: Now, notBefore: Now, expires: Now + 600)))).ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_without_exp_is_refused() =>
        (await Status(Token(Claims(issuedAt: Now, notBefore: Now)))).ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task The_lifetime_may_be_the_cap_and_not_a_second_more_from_iat_or_from_nbf()
    {
        var now = Now;
        // Issued and valid from a minute ago: exactly one hour, then one hour and a second, from each of iat and nbf.
        (await Status(Token(Claims(issuedAt: now - 60, notBefore: now - 60, expires: now - 60 + 3600)))).ShouldBe(HttpStatusCode.OK);
        (await Status(Token(Claims(issuedAt: now - 60, notBefore: now - 60, expires: now - 60 + 3601)))).ShouldBe(HttpStatusCode.Unauthorized);
        (await Status(Token(Claims(issuedAt: now - 60, expires: now - 60 + 3601)))).ShouldBe(HttpStatusCode.Unauthorized);
        (await Status(Token(Claims(notBefore: now - 60, expires: now - 60 + 3601)))).ShouldBe(HttpStatusCode.Unauthorized);
        // Valid from long before it was issued: its lifetime is counted from nbf too.
        (await Status(Token(Claims(issuedAt: now - 60, notBefore: now - 7200, expires: now + 600)))).ShouldBe(HttpStatusCode.Unauthorized);
        // A token lasting eight hours, as ops/token.sh used to issue.
        (await Status(Token(Claims(issuedAt: now, notBefore: now, expires: now + 8 * 3600)))).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_with_neither_iat_nor_nbf_has_no_lifetime_to_judge_and_is_refused() =>
        (await Status(Token(Claims(expires: Now + 600)))).ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_refusal_says_Bearer_and_nothing_about_why()
    {
        var now = Now;
        foreach (var token in new[]
                 {
                     Token(Claims(issuedAt: now - 7200, notBefore: now - 7200, expires: now - 3600)),         // expired
                     host.TokenFor("intruder", signingKey: "a-different-key-that-is-long-enough-to-sign-with"), // another key
                     "not-a-token",
                 })
        {
            var response = await Get(token);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        }
    }

    [Theory]
    [InlineData(null, "01:00:00")]
    [InlineData("00:10:00", "00:10:00")]
    [InlineData("12:00:00", "12:00:00")]
    [InlineData("12:00:01", null)]
    [InlineData("00:00:00", null)]
    [InlineData("-01:00:00", null)]
    [InlineData("an hour", null)]
    public void The_lifetime_cap_is_an_hour_unless_set_and_at_most_twelve_hours(string? setting, string? cap)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [BearerTokenRules.MaxLifetimeSetting] = setting }).Build();
        if (cap is null)
            Should.Throw<InvalidOperationException>(() => BearerTokenRules.MaxLifetime(configuration)).Message.ShouldContain(BearerTokenRules.MaxLifetimeSetting);
        else BearerTokenRules.MaxLifetime(configuration).ShouldBe(TimeSpan.Parse(cap));
    }

    [Fact]
    public async Task The_token_ops_token_sh_issues_is_accepted()
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "ops", "token.sh"), "auditor.ann", "auditor"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var token = (await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken)).Trim();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        process.ExitCode.ShouldBe(0, await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        (await Status(token)).ShouldBe(HttpStatusCode.OK);
    }
}
