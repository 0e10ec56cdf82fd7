using System.Globalization;
using Journey.Domain.Reference;

namespace Journey.Domain.Kpis;

/// <summary>
/// The KPI pack's reference data: definitions with RAG thresholds (kpis.csv), comparators
/// (kpi-comparators.csv) and the child population (child-population.csv), read from seeds/reference.
/// </summary>
public sealed record KpiReference(
    IReadOnlyList<KpiDefinition> Definitions,
    IReadOnlyList<KpiComparator> Comparators,
    IReadOnlyList<ChildPopulation> Population)
{
    public static readonly IReadOnlyList<string> ComparatorNames = ["statistical-neighbours", "england", "west-midlands"];

    private static readonly Lazy<KpiReference> Defaults = new(() => Load(EmbeddedReference.Open));

    public static KpiReference Default => Defaults.Value;

    public static KpiReference Load(Func<string, TextReader> open)
    {
        List<KpiDefinition> definitions;
        using (var reader = open("kpis.csv"))
            definitions = SimpleCsv.Read(reader, "kpis.csv").Select(line => Definition(line.LineNumber, line.Fields)).ToList();
        var known = definitions.Select(d => d.KpiId).ToHashSet();
        List<KpiComparator> comparators;
        using (var reader = open("kpi-comparators.csv"))
            comparators = SimpleCsv.Read(reader, "kpi-comparators.csv").Select(line =>
            {
                var f = line.Fields;
                Require(known.Contains(f["kpi_id"]), "kpi-comparators.csv", line.LineNumber, $"kpi_id '{f["kpi_id"]}' is not in kpis.csv");
                Require(ComparatorNames.Contains(f["comparator"]), "kpi-comparators.csv", line.LineNumber,
                    $"comparator '{f["comparator"]}' is not one of {string.Join(", ", ComparatorNames)}");
                return new KpiComparator(f["kpi_id"], f["comparator"], Date(f["effective_from"]), Number(f["value"]), f["source"]);
            }).ToList();
        List<ChildPopulation> population;
        using (var reader = open("child-population.csv"))
            population = SimpleCsv.Read(reader, "child-population.csv").Select(line =>
                new ChildPopulation(Date(line.Fields["effective_from"]), int.Parse(line.Fields["children"], CultureInfo.InvariantCulture),
                    line.Fields["source"])).ToList();
        return new KpiReference(definitions, comparators, population);
    }

    private static KpiDefinition Definition(int lineNumber, IReadOnlyDictionary<string, string> f)
    {
        Require(KpiFrequencies.All.Contains(f["frequency"]), "kpis.csv", lineNumber, $"frequency '{f["frequency"]}' is not one of {string.Join(", ", KpiFrequencies.All)}");
        Require(KpiUnits.All.Contains(f["unit"]), "kpis.csv", lineNumber, $"unit '{f["unit"]}' is not one of {string.Join(", ", KpiUnits.All)}");
        Require(f["better"] is "higher" or "lower", "kpis.csv", lineNumber, $"better '{f["better"]}' is not higher or lower");
        var green = Number(f["green_from"]);
        var amber = Number(f["amber_from"]);
        Require(f["better"] == "higher" ? green >= amber : green <= amber, "kpis.csv", lineNumber,
            "green_from must be at or better than amber_from");
        return new KpiDefinition(f["kpi_id"], f["number"], f["title"], f["frequency"], f["service_area"], f["better"], f["unit"],
            green, amber, f["basis"]);
    }

    private static void Require(bool condition, string source, int line, string message)
    {
        if (!condition) throw new FormatException($"{source} line {line}: {message}.");
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
