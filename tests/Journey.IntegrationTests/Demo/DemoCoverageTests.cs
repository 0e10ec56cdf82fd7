using System.Text.Json.Nodes;
using Journey.Domain.Journeys;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Reviews;
using Journey.Projections.Timeliness;
using Npgsql;

namespace Journey.IntegrationTests.Demo;

/// <summary>
/// The demo journeys (loaded by the test host as the run command loads them, through the same
/// rules: a refused line stops the host, failing every test) cover every step a practitioner can
/// record and show every outcome of every measure and chain at the demo's pinned instant. The
/// steps, measures and chains are read from the code, so a new one fails this test until the demo
/// shows it (or seeds/demo/README.md says why an outcome cannot occur, listed in <see cref="CannotOccur"/>).
/// </summary>
public sealed class DemoCoverageTests(JourneyHost host)
{
    /// <summary>
    /// The instant the demo's dates are written against (a Monday, midday UK time). The dates are fixed,
    /// so as real time passes an open-in-time clock becomes overdue; measured at this instant the
    /// demo always shows what seeds/demo/README.md describes.
    /// </summary>
    public const string PinnedInstant = "2026-11-23T12:00:00Z";

    public static readonly IReadOnlyList<string> Outcomes = ["met", "late", "open-in-time", "open-overdue"];

    /// <summary>Outcomes that cannot occur for a measure or chain, each explained in seeds/demo/README.md.</summary>
    private static readonly IReadOnlySet<(string Measure, string Outcome)> CannotOccur = new HashSet<(string, string)>();

    private static string[] DemoChildren() => File.ReadAllLines(JourneyHost.DemoDataPath).Where(l => l.Length > 0)
        .Select(l => JsonNode.Parse(l)!["childId"]!.GetValue<string>()).Distinct().ToArray();

    [Fact]
    public async Task Every_step_a_practitioner_can_record_happens_in_the_demo()
    {
        var client = host.ClientFor("auditor", "auditor");
        var seen = new HashSet<string>();
        foreach (var child in DemoChildren())
            foreach (var e in await client.Timeline(child))
                seen.Add(e!["type"]!.GetValue<string>());

        JourneySteps.All.Select(s => s.Event.Name).Where(name => !seen.Contains(name))
            .ShouldBeEmpty("every step in JourneySteps appears in some demo child's journey");
    }

    /// <summary>
    /// Each demo line is a recordable step written as the API takes it; read as an import line (the
    /// event's name, its time as occurredAt, the rest as data) it passes the import's checks of shape
    /// and reads as the same command. The rules of the step itself are the deciders the loader runs.
    /// </summary>
    [Fact]
    public void Every_demo_line_reads_as_an_import_line()
    {
        var lines = File.ReadAllLines(JourneyHost.DemoDataPath).Where(l => l.Length > 0).ToArray();
        var problems = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = JsonNode.Parse(lines[i])!.AsObject();
            var command = line["command"]!.GetValue<string>();
            var step = JourneySteps.All.SingleOrDefault(s => s.Command.Name == command);
            if (step is null)
            {
                problems.Add($"line {i + 1}: {command} is not a recordable step");
                continue;
            }
            var data = line["body"]!.DeepClone().AsObject();
            var occurredAt = data[step.OccurredField]!.GetValue<string>();
            data.Remove(step.OccurredField);
            var import = new JsonObject
            {
                ["childId"] = line["childId"]!.GetValue<string>(),
                ["type"] = step.Event.Name,
                ["occurredAt"] = occurredAt,
                ["recordedAt"] = occurredAt,
                ["recordedBy"] = line["recordedBy"]!.GetValue<string>(),
                ["data"] = data,
            };
            var (read, _, _, violations) = Journey.Api.Import.ImportLine.Read(i + 1, import.ToJsonString(), DateTimeOffset.UtcNow);
            if (read is null || read.Command.GetType() != step.Command)
                problems.Add($"line {i + 1} ({command}): " + string.Join(" ", violations.Select(v => $"[{v.Field}: {v.Rule}] {v.Message}")));
        }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_measure_shows_every_outcome_at_the_pinned_instant()
    {
        var found = await Statuses($"SELECT measure, status FROM {MeasureSchema.Schema}.measures_at(@at, false) WHERE child_id = ANY(@children)");
        Missing(Journey.Domain.Timescales.Measures.All, found).ShouldBeEmpty("every measure shows met, late, open in time and open overdue for some demo child");
    }

    [Fact]
    public async Task Every_review_and_visit_chain_shows_every_outcome_at_the_pinned_instant()
    {
        var found = new HashSet<(string, string)>();
        foreach (var chain in ReviewChains.All)
            foreach (var (_, status) in await Statuses(
                         $"SELECT '{chain.Name}', c.status FROM {chain.Function}(@at, false) AS c WHERE c.child_id = ANY(@children)"))
                found.Add((chain.Name, status));
        Missing(ReviewChains.All.Select(c => c.Name), found).ShouldBeEmpty("every chain shows met, late, open in time and open overdue for some demo child");
    }

    private static string[] Missing(IEnumerable<string> names, IReadOnlySet<(string, string)> found) =>
        names.SelectMany(name => Outcomes.Select(outcome => (name, outcome)))
            .Where(pair => !found.Contains(pair) && !CannotOccur.Contains(pair))
            .Select(pair => $"{pair.name}: {pair.outcome}")
            .ToArray();

    private async Task<HashSet<(string, string)>> Statuses(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("at", DateTimeOffset.Parse(PinnedInstant, System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("children", DemoChildren());
        var found = new HashSet<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) found.Add((reader.GetString(0), reader.GetString(1)));
        return found;
    }
}
