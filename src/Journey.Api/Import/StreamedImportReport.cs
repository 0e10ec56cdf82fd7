using System.Text.Json;
using Journey.Api.Hosting;

namespace Journey.Api.Import;

/// <summary>
/// The import's report written as the import goes (decision 72): <c>{"problems":[</c> and each problem as it is
/// found, then, when the import ends, <c>problemsNotListed</c> and the counts. Nothing is written before the
/// first problem or the end, so a body refused at its first read (too large) is still answered with a problem.
/// Memory holds no more than the problems found since the last flush. The writer is never disposed: disposing
/// flushes the stream, which would start the answer (200) even when the import failed before writing anything.
/// </summary>
public sealed class StreamedImportReport(Stream output, int maxProblemsListed, bool indented = false) : ImportReport(maxProblemsListed)
{
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions
    {
        Indented = indented,
        // The command's report is read by people: names as written, not \u-escaped.
        Encoder = indented ? System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping : null,
    });
    private bool _started;

    public override async ValueTask Flush(CancellationToken cancellation)
    {
        var wrote = false;
        while (TakeFound(out var problem))
        {
            Start();
            // Written as an element, not through JsonSerializer.Serialize(writer), which flushes the stream synchronously.
            JsonSerializer.SerializeToElement(problem, ApiJson.Options).WriteTo(_json);
            wrote = true;
        }
        if (wrote) await _json.FlushAsync(cancellation);
    }

    public override async ValueTask Finish(CancellationToken cancellation)
    {
        await Flush(cancellation);
        Start();
        _json.WriteEndArray();
        _json.WriteNumber("problemsNotListed", ProblemsNotListed);
        _json.WriteNumber("linesRead", LinesRead);
        _json.WriteNumber("stored", Stored);
        _json.WriteNumber("alreadyImported", AlreadyImported);
        _json.WriteNumber("refused", Refused);
        _json.WriteNumber("eventsAppended", EventsAppended);
        _json.WriteEndObject();
        await _json.FlushAsync(cancellation);
    }

    private void Start()
    {
        if (_started) return;
        _started = true;
        _json.WriteStartObject();
        _json.WriteStartArray("problems");
    }
}
