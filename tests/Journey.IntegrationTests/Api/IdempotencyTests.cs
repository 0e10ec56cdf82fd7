using System.Net;
using System.Net.Http.Json;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Api;

/// <summary>A write retried with the same Idempotency-Key is answered with the first result and appends nothing.</summary>
public sealed class IdempotencyTests(JourneyHost host)
{
    private static HttpRequestMessage Contact(string child, string key, string concerns = "Bruising") =>
        new(HttpMethod.Post, $"/api/children/{child}/contacts")
        {
            Headers = { { "Idempotency-Key", key } },
            Content = JsonContent.Create(new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns, consent = "Given" }),
        };

    [Fact]
    public async Task A_retry_returns_the_first_response_and_appends_nothing()
    {
        var client = host.ClientFor("mash.worker.amy");
        var child = JourneyApi.NewChildId();
        var key = Guid.NewGuid().ToString();

        var first = await client.SendAsync(Contact(child, key), TestContext.Current.CancellationToken);
        var retry = await client.SendAsync(Contact(child, key), TestContext.Current.CancellationToken);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await retry.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .ShouldBe(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        (await client.Timeline(child)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_repeats_of_one_request_append_once()
    {
        var client = host.ClientFor("mash.worker.amy");
        var child = JourneyApi.NewChildId();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(_ => client.SendAsync(Contact(child, key), TestContext.Current.CancellationToken)));

        responses.ShouldContain(r => r.StatusCode == HttpStatusCode.OK);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        (await client.Timeline(child)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_key_reused_for_a_different_request_is_refused_and_stores_nothing_more()
    {
        var client = host.ClientFor("mash.worker.amy");
        var child = JourneyApi.NewChildId();
        var key = Guid.NewGuid().ToString();
        await client.SendAsync(Contact(child, key), TestContext.Current.CancellationToken);

        var reused = await client.SendAsync(Contact(child, key, concerns: "Something else"), TestContext.Current.CancellationToken);

        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await client.Timeline(child)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_from_another_person_is_a_different_request()
    {
        var child = JourneyApi.NewChildId();
        var key = Guid.NewGuid().ToString();
        await host.ClientFor("mash.worker.amy").SendAsync(Contact(child, key), TestContext.Current.CancellationToken);

        var other = await host.ClientFor("mash.worker.bo").SendAsync(Contact(child, key), TestContext.Current.CancellationToken);

        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.ClientFor("auditor", "auditor").Timeline(child)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_request_keeps_no_claim_so_the_corrected_retry_lands()
    {
        var client = host.ClientFor("mash.worker.amy");
        var child = JourneyApi.NewChildId();
        var key = Guid.NewGuid().ToString();
        var bad = new HttpRequestMessage(HttpMethod.Post, $"/api/children/{child}/contacts")
        {
            Headers = { { "Idempotency-Key", key } },
            Content = JsonContent.Create(new { receivedAt = "2026-03-02T09:00:00Z", source = "2Z", concerns = "c", consent = "Given" }),
        };
        (await client.SendAsync(bad, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var fixedRetry = await client.SendAsync(Contact(child, key), TestContext.Current.CancellationToken);
        fixedRetry.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.Timeline(child)).Count.ShouldBe(1);
    }
}
