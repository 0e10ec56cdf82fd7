using Journey.Api.Authorisation;
using Journey.Domain.Timescales;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Rules;

/// <summary>
/// One rule of the rule set: what it times, in which unit and how many, from when (until the next
/// rule for the measure takes over), the unit a row's elapsed time is counted in, and its source:
/// the basis, the source's own words and where they were read. <see cref="From"/> is "default" for a
/// rule of the default rulebook, else the local rule set's name.
/// </summary>
public sealed record RuleRow(string RuleId, string Measure, string Unit, int Target, string ElapsedUnit, string Counting,
    DateOnly EffectiveFrom, DateOnly? EffectiveUntil, string Basis, string Words, string WordsFrom, string From);

/// <summary>The rule set the service runs (decision 108).</summary>
public sealed record RuleSetAnswer(string RuleSet, IReadOnlyList<RuleRow> Rules);

public static class RulesEndpoint
{
    /// <summary>
    /// The rule set's name and every rule in it, by measure and date: a measure's rule is the one in
    /// force on the clock's start date, so a rule superseded since still times the clocks that started
    /// under it (<see cref="RuleRow.EffectiveUntil"/> is the day its successor took over).
    /// </summary>
    [WolverineGet("/api/rules"), Tags("Measures"), EndpointSummary("The rule set the service measures by, and every rule in it with its source.")]
    [Access(Rule.ReadAggregates)] // the rule set in force names no child (decision 108)
    [ProducesResponseType<RuleSetAnswer>(200)]
    public static RuleSetAnswer Get(RuleSetInUse ruleSet)
    {
        var defaults = TimescaleRulebook.Default.Rules.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var rows = ruleSet.Rulebook.Rules.GroupBy(r => r.Measure).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var rules = g.OrderBy(r => r.EffectiveFrom).ToList();
                return rules.Select((r, i) => new RuleRow(r.RuleId, r.Measure, TimescaleUnits.Name(r.Unit), r.Target,
                    TimescaleUnits.ElapsedUnit(TimescaleUnits.Name(r.Unit)), TimescaleCountings.Name(r.Counting), r.EffectiveFrom,
                    i + 1 < rules.Count ? rules[i + 1].EffectiveFrom : null, r.Basis, r.Words, r.WordsFrom,
                    defaults.Contains(r.RuleId) ? TimescaleRuleSets.DefaultName : ruleSet.Name));
            })
            .ToList();
        return new RuleSetAnswer(ruleSet.Name, rows);
    }
}
