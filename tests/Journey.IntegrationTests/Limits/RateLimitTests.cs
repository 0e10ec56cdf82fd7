using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Journey.Api.Hosting;
using Journey.IntegrationTests.Import;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Limits;

/// <summary>
/// The rate limiter per user (decision 74), on a service allowing five requests per user: the sixth of one user is
/// refused 429 with a problem and Retry-After while another user is still served; health is never limited; and an
/// import while the same user's import runs is refused.
/// </summary>
[Collection(LimitsHost.Collection)]
public sealed class RateLimitTests(LimitsHost fixture)
{
    private JourneyHost Host => fixture.Host;

    [Fact]
    public async Task One_users_request_past_the_limit_is_refused_429_while_another_user_is_served()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var amy = Host.ClientFor("rate.amy", "auditor");
        for (var i = 1; i <= LimitsHost.RequestsPerUser; i++)
            (await amy.GetAsync("/api/projections", cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK, $"request {i}");

        var refused = await amy.GetAsync("/api/projections", cancellation);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await refused.ReadJson();
        problem["type"]!.GetValue<string>().ShouldBe(RateLimits.RateLimitedType);
        problem["rule"]!.GetValue<string>().ShouldBe("rate-limit");
        problem["violations"]![0]!["rule"]!.GetValue<string>().ShouldBe("rate-limit");
        refused.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);

        (await Host.ClientFor("rate.ben", "auditor").GetAsync("/api/projections", cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var probe = Host.AnonymousClient();
        for (var i = 0; i < 3 * LimitsHost.RequestsPerUser; i++)
            (await probe.GetAsync("/health/live", cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK, "health is never limited");
    }

    [Fact]
    public async Task A_refused_request_with_a_body_over_the_body_limit_ends_its_connection_so_the_next_request_is_answered()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var cal = Host.ClientFor("rate.cal", "auditor");
        for (var i = 0; i < LimitsHost.RequestsPerUser; i++) await cal.GetAsync("/api/projections", cancellation);
        // Never read: over the body limit, Kestrel could not drain it after the answer and would drop the connection under the next request.
        var body = new StringContent("{\"concerns\":\"" + new string('c', 2 * (int)RequestLimits.Body) + "\"}", Encoding.UTF8, "application/json");

        var refused = await cal.PostAsync($"/api/children/{JourneyApi.NewChildId()}/contacts", body, cancellation);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.ConnectionClose.ShouldBe(true);
        (await cal.GetAsync("/api/projections", cancellation)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Requests_without_a_token_are_limited_by_their_address()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var anonymous = Host.AnonymousClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= LimitsHost.RequestsPerUser; i++) answers.Add((await anonymous.GetAsync("/api/projections", cancellation)).StatusCode);

        answers.ShouldBe([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, LimitsHost.RequestsPerUser), HttpStatusCode.TooManyRequests]);
    }

    [Fact]
    public async Task An_import_while_the_same_users_import_runs_is_refused_and_another_users_is_not()
    {
        var cancellation = TestContext.Current.CancellationToken;
        // The report is written as the import goes: its first problem is answered while the body has not ended, so the import is running.
        await using var running = await ChunkedImport.Start(Host, "rate.importer", "{not json\n");
        (await running.ReadUntil("\"line\":1")).ShouldStartWith("HTTP/1.1 200");

        var second = await Host.ClientFor("rate.importer", "importer").PostAsync("/api/import", Body(), cancellation);

        second.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await second.ReadJson())["rule"]!.GetValue<string>().ShouldBe("rate-limit");
        second.Headers.RetryAfter.ShouldNotBeNull();
        (await Host.ClientFor("rate.other.importer", "importer").PostAsync("/api/import", Body(), cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await running.End())["linesRead"]!.GetValue<int>().ShouldBe(1);
    }

    private static StringContent Body() => new("{not json\n", Encoding.UTF8, new MediaTypeHeaderValue("application/x-ndjson"));
}
