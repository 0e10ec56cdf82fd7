using System.Text;

namespace Journey.IntegrationTests.Rebuild;

/// <summary>
/// Every row of every projection table as text, in order, with the KPI pack for the synthetic year
/// (as occurred and as recorded) and the store's own tables a rebuild must leave alone, each under its
/// name; compared name by name, a difference is reported with the rows missing and the rows added.
/// </summary>
public sealed class ProjectionSnapshot
{
    private const string KpiPack = "SELECT p::text FROM journey.kpi_pack(date '2025-04-01', date '2026-03-01', {0}) p ORDER BY 1";

    public required IReadOnlyDictionary<string, List<string>> Parts { get; init; }

    public static async Task<ProjectionSnapshot> Take(RebuildHost host)
    {
        // Whatever was recorded before is in the async projection's table too.
        await host.CaughtUp();
        var parts = new Dictionary<string, List<string>>();
        // Not the KPI months kept: every write to a table the pack reads marks them, a rebuild's included (decision 143);
        // the pack they give is a part.
        foreach (var table in host.ProjectionTableNames().Concat(host.StoreTableNames()).Where(t => !t.StartsWith("journey.kpi_kept_", StringComparison.Ordinal)))
            parts[table] = await host.Strings($"SELECT t::text FROM {table} t ORDER BY 1");
        parts["kpi_pack as occurred"] = await host.Strings(string.Format(KpiPack, "false"));
        parts["kpi_pack as recorded"] = await host.Strings(string.Format(KpiPack, "true"));
        return new ProjectionSnapshot { Parts = parts };
    }

    /// <summary>The names whose rows differ from <paramref name="other"/>'s.</summary>
    public IReadOnlyList<string> DifferingFrom(ProjectionSnapshot other) =>
        Parts.Keys.Union(other.Parts.Keys).Where(name => !Rows(name).SequenceEqual(other.Rows(name))).Order().ToList();

    public void ShouldEqual(ProjectionSnapshot expected)
    {
        var differing = DifferingFrom(expected);
        if (differing.Count == 0) return;
        var report = new StringBuilder($"{differing.Count} differ: {string.Join(", ", differing)}\n");
        foreach (var name in differing)
        {
            report.AppendLine($"{name} ({expected.Rows(name).Count} rows expected, {Rows(name).Count} found)");
            foreach (var row in expected.Rows(name).Except(Rows(name)).Take(5)) report.AppendLine($"  missing: {row}");
            foreach (var row in Rows(name).Except(expected.Rows(name)).Take(5)) report.AppendLine($"  added:   {row}");
        }
        throw new ShouldAssertException(report.ToString());
    }

    private List<string> Rows(string name) => Parts.TryGetValue(name, out var rows) ? rows : [];
}
