using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Fuzz;

namespace Journey.IntegrationTests.Import;

/// <summary>
/// The import's report is written as the import goes (decision 65), not built in memory and sent at the end: over a
/// real Kestrel server, a refused line's problem reaches the caller while the rest of the body has not been sent.
/// </summary>
[Collection(KestrelJourneyHost.Collection)]
public sealed class StreamedImportReportTests(KestrelJourneyHost fixture)
{
    [Fact]
    public async Task A_refused_lines_problem_is_answered_before_the_body_has_ended()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = fixture.Host.ClientFor("stream.importer", "importer").BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, cancellation);
        var stream = tcp.GetStream();
        // Sent by hand, chunked: HttpClient sends the whole body before it reads an answer.
        var head = $"POST /api/import HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: Bearer {fixture.Host.TokenFor("stream.importer", roles: "importer")}\r\n"
                   + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + Chunk("{not json\n")), cancellation);

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        patience.CancelAfter(TimeSpan.FromSeconds(60));
        var answer = new StringBuilder();
        var buffer = new byte[8192];
        while (!answer.ToString().Contains("\"line\":1", StringComparison.Ordinal) && await stream.ReadAsync(buffer, patience.Token) is var read and > 0)
            answer.Append(Encoding.UTF8.GetString(buffer, 0, read));

        answer.ToString().ShouldStartWith("HTTP/1.1 200");
        answer.ToString().ShouldContain("json-object");

        // The rest of the body, then the end: the report ends with the counts of the whole import.
        await stream.WriteAsync(Encoding.ASCII.GetBytes(Chunk("{still not json\n") + "0\r\n\r\n"), cancellation);
        while (!answer.ToString().Contains("\"eventsAppended\"", StringComparison.Ordinal) && await stream.ReadAsync(buffer, patience.Token) is var more and > 0)
            answer.Append(Encoding.UTF8.GetString(buffer, 0, more));
        var text = answer.ToString();
        var report = JsonNode.Parse(Unchunked(text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]))!;
        report["linesRead"]!.GetValue<int>().ShouldBe(2);
        report["refused"]!.GetValue<int>().ShouldBe(2);
        report["problems"]!.AsArray().Select(p => p!["line"]!.GetValue<int>()).ShouldBe([1, 2]);
    }

    private static string Chunk(string text) => $"{Encoding.UTF8.GetByteCount(text):X}\r\n{text}\r\n";

    /// <summary>A chunked body's data, its chunk sizes taken out.</summary>
    private static string Unchunked(string body)
    {
        var data = new StringBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var end = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            if (end < 0) break;
            var size = Convert.ToInt32(body[at..end], 16);
            if (size == 0) break;
            data.Append(body, end + 2, size);
            at = end + 2 + size + 2;
        }
        return data.ToString();
    }
}
