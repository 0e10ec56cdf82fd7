using System.Net;
using System.Net.Http.Headers;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Api;

public sealed class AuthenticationTests(JourneyHost host)
{
    [Theory]
    [InlineData("/api/measures")]
    [InlineData("/api/children/DEMO-0001/timeline")]
    public async Task Reads_need_a_token(string url) =>
        await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(HttpStatusCode.Unauthorized);
        });

    [Fact]
    public async Task A_write_without_a_valid_token_is_refused_and_stores_nothing()
    {
        var child = JourneyApi.NewChildId();
        var body = new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" };
        var anonymous = host.AnonymousClient();
        (await anonymous.Record(child, "contacts", body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var forged = host.AnonymousClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            host.TokenFor("intruder", signingKey: "a-different-key-that-is-long-enough-to-sign-with"));
        (await forged.Record(child, "contacts", body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await host.ClientFor("auditor", "auditor").Timeline(child)).Count.ShouldBe(0);
    }

    [Fact]
    public async Task The_recorder_is_the_token_subject_and_a_body_claiming_another_is_refused()
    {
        var child = JourneyApi.NewChildId();
        var claiming = await host.ClientFor("sw.jo.evans").Record(child, "contacts",
            new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given", recordedBy = "someone.else" });
        ((int)claiming.StatusCode).ShouldBe(400);
        (await claiming.ReadJson())["violations"]![0]!["field"]!.GetValue<string>().ShouldBe("recordedBy");

        await host.ClientFor("sw.jo.evans").RecordOk(child, "contacts",
            new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        (await host.ClientFor("auditor", "auditor").Timeline(child)).Single()!["recordedBy"]!.GetValue<string>().ShouldBe("sw.jo.evans");
    }
}
