using Journey.Domain.Journeys;

namespace Journey.Domain.Tests.Scenarios;

internal static class RefusalAssertions
{
    /// <summary>
    /// Refused, appending nothing, with at least one violation on <paramref name="field"/>. For gaps
    /// where the rule's id is for the fix to choose; every other test names the exact rules.
    /// </summary>
    public static void ShouldBeRefusedOn(this Decision decision, string field)
    {
        decision.IsRefused.ShouldBeTrue($"expected a refusal on {field} but the command was accepted with {string.Join(", ", decision.Events)}");
        decision.Events.ShouldBeEmpty();
        decision.Violations.ShouldContain(v => v.Field == field);
    }
}
