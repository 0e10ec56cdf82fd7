using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.Api.Hosting;
using Journey.Domain.Journeys;
using Marten;

namespace Journey.Api.Demo;

/// <summary>
/// Loads the demo journeys (NDJSON, one command a line: childId, command, recordedBy, body): the `demo` command's
/// first half (decision 104). Each command goes through the same rules as the API; a child whose journey already
/// exists (or was disposed of) is left alone, so loading again stores nothing twice.
/// </summary>
public sealed class DemoJourneyLoader(IDocumentStore store, TimeProvider clock)
{
    private static readonly Dictionary<string, Type> CommandTypes = typeof(IJourneyCommand).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IJourneyCommand).IsAssignableFrom(t))
        .ToDictionary(t => t.Name);

    /// <summary>Loads the file's children not yet present; returns how many were loaded and how many were already there.</summary>
    public async Task<(int Loaded, int Skipped)> Load(string path, CancellationToken cancellation)
    {
        var lines = (await File.ReadAllLinesAsync(path, cancellation))
            .Select((text, index) => (Number: index + 1, Text: text))
            .Where(l => !string.IsNullOrWhiteSpace(l.Text))
            .Select(l => (l.Number, Line: JsonNode.Parse(l.Text)!.AsObject()))
            .ToArray();
        var loaded = 0;
        foreach (var child in lines.GroupBy(l => (string)l.Line["childId"]!))
        {
            await using var session = store.QuerySession();
            // A child already loaded is left alone, and so is one whose record was since disposed of (decision 67).
            if (await session.Events.FetchStreamStateAsync(child.Key, cancellation) is not null
                || await Retention.DisposedRecords.IsDisposed(session, child.Key, cancellation)) continue;
            foreach (var (number, line) in child) await Record(child.Key, number, line, cancellation);
            loaded++;
        }
        return (loaded, lines.Select(l => (string)l.Line["childId"]!).Distinct().Count() - loaded);
    }

    private async Task Record(string childId, int lineNumber, JsonObject line, CancellationToken cancellation)
    {
        var name = (string)line["command"]!;
        if (!CommandTypes.TryGetValue(name, out var type))
            throw new InvalidOperationException($"Demo line {lineNumber}: unknown command '{name}'.");
        var command = (IJourneyCommand)line["body"].Deserialize(type, ApiJson.Options)!;

        await using var session = store.LightweightSession();
        session.LastModifiedBy = (string?)line["recordedBy"] ?? "demo-loader";
        var stream = await session.Events.FetchForWriting<ChildJourney>(childId, cancellation);
        var decision = command.Decide(stream.Aggregate ?? ChildJourney.New(childId), clock.GetUtcNow());
        if (decision.IsRefused)
            throw new InvalidOperationException($"Demo line {lineNumber} ({childId} {name}) breaks rules: " +
                                                string.Join(" ", decision.Violations.Select(v => $"[{v.Field}: {v.Rule}] {v.Message}")));
        stream.AppendMany(decision.Events.Cast<object>().ToArray());
        await session.SaveChangesAsync(cancellation);
    }
}
