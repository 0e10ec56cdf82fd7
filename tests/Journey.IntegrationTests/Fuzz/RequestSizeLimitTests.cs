using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Journey.Api.Hosting;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Fuzz;

/// <summary>The body limits as a real Kestrel server enforces them: 64 KiB for a step, more for an import.</summary>
[Collection(KestrelJourneyHost.Collection)]
public sealed class RequestSizeLimitTests(KestrelJourneyHost fixture)
{
    private JourneyHost Host => fixture.Host;

    private HttpClient Practitioner() => Host.ClientFor("limits.practitioner");
    private HttpClient Importer() => Host.ClientFor("limits.importer", "importer");

    /// <summary>A contact whose JSON is padded with spaces (which change nothing) to exactly <paramref name="bytes"/> bytes.</summary>
    private static ByteArrayContent ContactOf(long bytes)
    {
        const string fields = "\"receivedAt\":\"2026-03-02T09:00:00Z\",\"source\":\"2A\",\"concerns\":\"Bruising seen at school\",\"consent\":\"Given\"}";
        var json = "{" + new string(' ', (int)bytes - 2 - fields.Length + 1) + fields;
        Encoding.UTF8.GetByteCount(json).ShouldBe((int)bytes);
        return new ByteArrayContent(Encoding.UTF8.GetBytes(json)) { Headers = { ContentType = new("application/json") } };
    }

    [Fact]
    public async Task A_step_at_the_limit_is_recorded_and_one_byte_over_is_refused_413_with_a_problem_storing_nothing()
    {
        var client = Practitioner();
        var cancellation = TestContext.Current.CancellationToken;
        var atLimit = JourneyApi.NewChildId();
        var response = await client.PostAsync($"/api/children/{atLimit}/contacts", ContactOf(RequestLimits.Body), cancellation);
        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync(cancellation));

        var overLimit = JourneyApi.NewChildId();
        response = await client.PostAsync($"/api/children/{overLimit}/contacts", ContactOf(RequestLimits.Body + 1), cancellation);

        ((int)response.StatusCode).ShouldBe(413);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.ReadJson();
        problem["type"]!.GetValue<string>().ShouldBe(RequestProblems.TooLargeType);
        problem["violations"]!.AsArray().Single()!["rule"]!.GetValue<string>().ShouldBe("max-body-size");
        (await client.Timeline(overLimit)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_import_declaring_more_than_its_limit_is_refused_413_with_a_problem_before_a_line_is_read()
    {
        // Sent by hand: HttpClient will not declare a length it does not send, and sending 100 MiB is not needed,
        // since Kestrel refuses on the declared length at the first read.
        var server = Importer().BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        var head = $"POST /api/import HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: Bearer {Host.TokenFor("limits.importer", roles: "importer")}\r\n"
                   + $"Content-Type: application/x-ndjson\r\nContent-Length: {RequestLimits.ImportBody + 1}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "{\"childId\":\"C-1\"}\n"), TestContext.Current.CancellationToken);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var answer = new StringBuilder();
        var buffer = new byte[8192];
        while (!answer.ToString().Contains("max-body-size", StringComparison.Ordinal)
               && await stream.ReadAsync(buffer, timeout.Token) is var read and > 0)
            answer.Append(Encoding.UTF8.GetString(buffer, 0, read));

        var text = answer.ToString();
        text.ShouldStartWith("HTTP/1.1 413");
        text.ShouldContain("Content-Type: application/problem+json");
        text.ShouldContain(RequestProblems.TooLargeType);
        text.ShouldContain("max-body-size");
    }

    [Fact]
    public async Task An_import_may_be_larger_than_a_step()
    {
        // About 20 times a step's limit of lines the import refuses (a child id that cannot be one): read to the end, stored nothing.
        var line = new JsonObject
        {
            ["childId"] = "not a child id",
            ["type"] = "ContactReceived",
            ["occurredAt"] = "2026-03-02T09:00:00Z",
            ["recordedAt"] = "2026-03-02T10:00:00Z",
            ["recordedBy"] = "legacy.worker",
            ["data"] = new JsonObject { ["source"] = "2A", ["concerns"] = new string('c', 900), ["consent"] = "Given" },
        }.ToJsonString();
        var lines = (int)(20 * RequestLimits.Body / line.Length);
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(line + "\n", lines))));
        body.Headers.ContentType = new("application/x-ndjson");

        var response = await Importer().PostAsync("/api/import", body, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var report = await response.ReadJson();
        report["linesRead"]!.GetValue<int>().ShouldBe(lines);
        report["refused"]!.GetValue<int>().ShouldBe(lines);
        report["stored"]!.GetValue<int>().ShouldBe(0);
    }
}
