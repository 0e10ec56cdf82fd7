using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// A token signed with the service's key but naming no subject (no <c>sub</c>, or an empty one)
/// authenticates nobody (401) and reads or records nothing; the attempt is in the access log as a
/// refusal by "(no subject)", rule subject-required, with the roles the token carried. Decision 62.
/// </summary>
public sealed class SubjectRequiredTests(JourneyHost host)
{
    public static TheoryData<string?, string, string> Subjectless => new()
    {
        // the token's sub (null: no sub claim at all), method, url template ({c}: a child the default practitioner reads)
        { null, "GET", "/api/children/{c}/timeline" },
        { "", "GET", "/api/children/{c}/timeline" },
        { " ", "GET", "/api/measures?childId={c}" },
        { null, "POST", "/api/children/{c}/contacts" },
        { "", "POST", "/api/children/{c}/contacts" },
    };

    [Theory, MemberData(nameof(Subjectless))]
    public async Task A_signed_token_without_a_subject_is_refused_with_401_and_logged_as_a_refusal(string? subject, string method, string url)
    {
        var child = JourneyApi.NewChildId();
        var contact = new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" };
        await host.ClientFor("sw.sam.taylor").RecordOk(child, "contacts", contact);
        var client = host.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(subject));
        var correlation = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{c}", child));
        request.Headers.Add("X-Correlation-ID", correlation);
        if (method == "POST") request.Content = new StringContent(JsonSerializer.Serialize(contact), Encoding.UTF8, "application/json");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, body);
        body.ShouldNotContain("ContactReceived");
        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        (row.UserName, row.RefusedRule, row.Method).ShouldBe(("(no subject)", "subject-required", method));
        row.Roles.ShouldBe(["practitioner"]);
        row.ChildIds.ShouldBe([child]);
        (await host.ClientFor("sw.sam.taylor").Timeline(child)).Count.ShouldBe(1, "nothing recorded");
    }

    /// <summary>A token as ops/token.sh signs one, a practitioner of the front door, with this sub (none when null).</summary>
    private string Token(string? subject)
    {
        var auth = host.Services.GetRequiredService<IConfiguration>().GetSection("Journey:Auth");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = new Dictionary<string, object>
        {
            ["iss"] = auth["Issuer"]!,
            ["aud"] = auth["Audience"]!,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 600,
            ["role"] = "practitioner",
            ["team"] = "MASH",
        };
        if (subject is not null) payload["sub"] = subject;
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(auth["SigningKey"]!));
        return new JsonWebTokenHandler().CreateToken(JsonSerializer.Serialize(payload), new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
    }
}
