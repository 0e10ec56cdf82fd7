using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Import;

/// <summary>
/// POST /api/import sent by hand over a socket to a real Kestrel server, its body chunked and sent a part at a time,
/// so a test can read the answer while the body has not ended (HttpClient sends the whole body before it reads).
/// </summary>
internal sealed class ChunkedImport : IAsyncDisposable
{
    private readonly TcpClient _tcp = new();
    private readonly StringBuilder _answer = new();
    private NetworkStream _stream = null!;

    public static async Task<ChunkedImport> Start(JourneyHost host, string subject, string firstLines)
    {
        var import = new ChunkedImport();
        var server = host.ClientFor(subject, "importer").BaseAddress!;
        await import._tcp.ConnectAsync(server.Host, server.Port, TestContext.Current.CancellationToken);
        import._stream = import._tcp.GetStream();
        var head = $"POST /api/import HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: Bearer {host.TokenFor(subject, roles: "importer")}\r\n"
                   + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n";
        await import.Send(head + Chunk(firstLines));
        return import;
    }

    /// <summary>The answer so far, once it holds <paramref name="text"/> (at most a minute).</summary>
    public async Task<string> ReadUntil(string text)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromMinutes(1));
        var buffer = new byte[8192];
        while (!_answer.ToString().Contains(text, StringComparison.Ordinal) && await _stream.ReadAsync(buffer, patience.Token) is var read and > 0)
            _answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
        return _answer.ToString();
    }

    /// <summary>Sends the last lines and ends the body; the report, once whole.</summary>
    public async Task<JsonNode> End(string lastLines = "")
    {
        await Send((lastLines.Length > 0 ? Chunk(lastLines) : "") + "0\r\n\r\n");
        var text = await ReadUntil("\"eventsAppended\"");
        return JsonNode.Parse(Unchunked(text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]))!;
    }

    private Task Send(string text) => _stream.WriteAsync(Encoding.UTF8.GetBytes(text), TestContext.Current.CancellationToken).AsTask();

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

    public ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        return ValueTask.CompletedTask;
    }
}
