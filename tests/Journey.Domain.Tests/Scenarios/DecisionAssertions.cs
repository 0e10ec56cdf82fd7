using Journey.Domain.Journeys;

namespace Journey.Domain.Tests.Scenarios;

internal static class DecisionAssertions
{
    /// <summary>
    /// The decision was refused with exactly these (field, rule) pairs: none missing, none extra,
    /// and it appends nothing.
    /// </summary>
    public static void ShouldBeRefusedWith(this Decision decision, params (string Field, string Rule)[] expected)
    {
        decision.IsRefused.ShouldBeTrue("expected a refusal but the command was accepted");
        decision.Events.ShouldBeEmpty();
        decision.Violations.Select(v => (v.Field, v.Rule)).ShouldBe(expected, ignoreOrder: true);
        decision.Violations.ShouldAllBe(v => !string.IsNullOrWhiteSpace(v.Message));
    }

    /// <summary>The decision was accepted and appends exactly these events, in this order.</summary>
    public static void ShouldAppend(this Decision decision, params IJourneyEvent[] expected)
    {
        decision.Violations.ShouldBeEmpty(
            $"expected acceptance but got: {string.Join("; ", decision.Violations.Select(v => $"{v.Field}/{v.Rule}"))}");
        decision.IsRefused.ShouldBeFalse();
        decision.Events.ShouldBe(expected);
    }

    public static void ShouldBeAccepted(this Decision decision) =>
        decision.Violations.ShouldBeEmpty(
            $"expected acceptance but got: {string.Join("; ", decision.Violations.Select(v => $"{v.Field}/{v.Rule}"))}");

    /// <summary>The refusal's message for one rule, to check it names the right thing.</summary>
    public static string MessageFor(this Decision decision, string rule) =>
        decision.Violations.Single(v => v.Rule == rule).Message;
}
