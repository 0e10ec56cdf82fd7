using Journey.Domain.Journeys;
using Journey.Domain.Returns;

namespace Journey.Domain.Corrections;

/// <summary>
/// A correction or withdrawal changes the past, so the journey from that step on goes through the
/// rules again as it would then stand: the changed step itself (its violations are reported on
/// replacement.*), and every later step (reported against version, naming the step that would break).
/// Steps are folded at their own stream versions, so rules that refer to versions still line up.
/// </summary>
public static class JourneyReplay
{
    public static IReadOnlyList<RuleViolation> Check(ChildJourney journey, long changedVersion, IJourneyEvent? replacement, DateTimeOffset now)
    {
        var replayed = ChildJourney.New(journey.Id);
        foreach (var fact in journey.Facts.Where(f => f.IsEffective).OrderBy(f => f.Version))
        {
            var step = fact.Version == changedVersion ? replacement : fact.Event;
            if (step is null) continue; // withdrawn
            if (fact.Version >= changedVersion && StepCommands.FromFact(step) is { } command)
            {
                var decision = command.Decide(replayed, now);
                if (decision.IsRefused && fact.Version != changedVersion)
                    decision = WithoutBreachesItHadBefore(decision, command, journey, fact.Version, now);
                if (decision.IsRefused)
                    return decision.Violations.Select(v => fact.Version == changedVersion
                        ? v with { Field = ReplacementField(step, v.Field) }
                        : new RuleViolation("version", "later-steps-still-hold",
                            $"{step.GetType().Name} at version {fact.Version} would no longer hold: {v.Message} ({v.Rule})")).ToArray();
            }
            replayed.Version = fact.Version - 1;
            replayed = replayed.Evolve(step);
        }
        return [];
    }

    /// <summary>
    /// A later step that broke a return's rule when first recorded (stored before the rule was checked at entry, decision 96)
    /// does not stop a correction of an earlier step: it is on the return-readiness list until mended. A breach the change
    /// brings to it is reported as any other.
    /// </summary>
    private static Decision WithoutBreachesItHadBefore(Decision decision, IJourneyCommand command, ChildJourney journey, long version, DateTimeOffset now)
    {
        var before = command.Decide(journey.AsItStoodBefore(version), now).Violations
            .Where(v => ReturnRule.IsReturnRule(v.Rule)).Select(v => (v.Rule, v.Message)).ToHashSet();
        var left = decision.Violations.Where(v => !before.Contains((v.Rule, v.Message))).ToArray();
        return left.Length == decision.Violations.Count ? decision : left.Length == 0 ? Decision.Accept() : Decision.Refuse(left);
    }

    private static string ReplacementField(IJourneyEvent step, string commandField) =>
        JourneySteps.ByEventName.TryGetValue(step.GetType().Name, out var s) && s.OccurredField == commandField
            ? "replacement.occurredAt"
            : $"replacement.{commandField}";
}
