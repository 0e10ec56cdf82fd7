using System.Text.RegularExpressions;
using Journey.Domain.Reference;

namespace Journey.Domain.Timescales;

/// <summary>
/// Local rule sets: seeds/reference/rule-sets/NAME.csv, with the rulebook's columns, holds a local
/// authority's own timescales (Sandwell: assessments in 35 days in 2016). The rule set named by
/// configuration (Journey:RuleSet) is merged over the default rulebook
/// (<see cref="TimescaleRulebook.MergedWith"/>), and the merged rulebook feeds both the clocks and
/// the SQL rulebook table, so every measure and chain uses it.
/// </summary>
public static partial class TimescaleRuleSets
{
    public const string DefaultName = "default";
    private const string ResourcePrefix = "Journey.Reference.rule-sets.";

    /// <summary>The rule sets embedded from seeds/reference/rule-sets, by name, and "default".</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        DefaultName,
        .. typeof(TimescaleRuleSets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".csv".Length])
            .Order(StringComparer.Ordinal)
    ];

    /// <summary>No name, an empty one, or "default" means the default rulebook alone.</summary>
    public static bool IsDefault(string? name) => string.IsNullOrWhiteSpace(name) || name.Trim() == DefaultName;

    /// <summary>The default rulebook with the named rule set merged over it.</summary>
    /// <exception cref="InvalidOperationException">No rule set has that name; the message lists those there are.</exception>
    public static TimescaleRulebook Load(string? name)
    {
        if (IsDefault(name)) return TimescaleRulebook.Default;
        var trimmed = name!.Trim();
        if (!ValidName().IsMatch(trimmed) || !Names.Contains(trimmed))
            throw new InvalidOperationException(
                $"Journey:RuleSet '{name}' is not a known rule set. Known rule sets: {string.Join(", ", Names)} (seeds/reference/rule-sets/NAME.csv).");
        using var reader = EmbeddedReference.Open($"rule-sets.{trimmed}.csv");
        return TimescaleRulebook.Default.MergedWith(TimescaleRulebook.Parse(reader, $"rule-sets/{trimmed}.csv"));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex ValidName();
}
