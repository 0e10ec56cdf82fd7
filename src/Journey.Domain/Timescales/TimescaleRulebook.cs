using System.Globalization;
using Journey.Domain.Reference;

namespace Journey.Domain.Timescales;

/// <summary>
/// Effective-dated timescale rules (seeds/reference/timescale-rules.csv). Measure code asks the
/// rulebook, never a literal, for how long a clock runs.
/// </summary>
public sealed class TimescaleRulebook
{
    private static readonly Lazy<TimescaleRulebook> Defaults = new(() =>
    {
        using var reader = EmbeddedReference.Open("timescale-rules.csv");
        return Parse(reader, "timescale-rules.csv");
    });

    private readonly Dictionary<string, TimescaleRule[]> _byMeasure;

    public TimescaleRulebook(IEnumerable<TimescaleRule> rules)
    {
        _byMeasure = rules.GroupBy(r => r.Measure)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.EffectiveFrom).ToArray());
    }

    public static TimescaleRulebook Default => Defaults.Value;

    public IEnumerable<TimescaleRule> Rules => _byMeasure.Values.SelectMany(r => r);

    public static TimescaleRulebook Parse(TextReader reader, string source)
    {
        var rules = SimpleCsv.Read(reader, source).Select(line =>
        {
            var f = line.Fields;
            var unit = f["unit"] switch
            {
                TimescaleUnits.WorkingDays => TimescaleUnit.WorkingDays,
                TimescaleUnits.Hours => TimescaleUnit.Hours,
                TimescaleUnits.Months => TimescaleUnit.Months,
                TimescaleUnits.Weeks => TimescaleUnit.Weeks,
                var other => throw new FormatException($"{source} line {line.LineNumber}: unit '{other}' is not working-days or hours.")
            };
            return new TimescaleRule(f["rule_id"], f["measure"], unit,
                int.Parse(f["target"], CultureInfo.InvariantCulture),
                DateOnly.ParseExact(f["effective_from"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                f["basis"]);
        });
        return new TimescaleRulebook(rules);
    }

    /// <summary>The rule for <paramref name="measure"/> in force on <paramref name="startDate"/>.</summary>
    public TimescaleRule RuleFor(string measure, DateOnly startDate)
    {
        if (!_byMeasure.TryGetValue(measure, out var rules))
            throw new KeyNotFoundException($"The rulebook has no rule for measure '{measure}'.");
        var rule = rules.LastOrDefault(r => r.EffectiveFrom <= startDate);
        return rule ?? throw new InvalidOperationException(
            $"No rule for '{measure}' was in force on {startDate:yyyy-MM-dd}; the earliest starts {rules[0].EffectiveFrom:yyyy-MM-dd}.");
    }
}
