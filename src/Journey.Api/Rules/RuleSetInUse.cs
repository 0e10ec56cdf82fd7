using Journey.Domain.Timescales;

namespace Journey.Api.Rules;

/// <summary>
/// The rule set this service measures by: its name (Journey:RuleSet; "default" when none is named)
/// and the rulebook it gives, the default with the named local rule set merged over it. Named on every
/// /api answer (<see cref="RuleSetHeader"/>) and listed by GET /api/rules (decision 108).
/// </summary>
public sealed record RuleSetInUse(string Name, TimescaleRulebook Rulebook)
{
    public static RuleSetInUse For(string? configured, TimelinessClocks clocks) =>
        new(TimescaleRuleSets.IsDefault(configured) ? TimescaleRuleSets.DefaultName : configured!.Trim(), clocks.Rulebook);
}
