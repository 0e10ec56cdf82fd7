using Journey.Domain.Journeys;

namespace Journey.Domain.Retention;

/// <summary>
/// When a child's record may be disposed of, and by which rule: the day its period ends
/// (<see cref="EndsOn"/>; the record is due on that day and after).
/// </summary>
/// <param name="StartsOn">The date the period counts from.</param>
/// <param name="BirthAssumed">
/// True when the period counts from birth but no date of birth is recorded: it then counts from
/// the latest step (or an expected date of birth, if later), a date the child was certainly born by
/// (decision 66), so the period can end late but never early.
/// </param>
public sealed record RetentionEnd(string Kind, RetentionRule Rule, DateOnly StartsOn, DateOnly EndsOn, bool BirthAssumed)
{
    public bool IsDue(DateOnly asAt) => EndsOn <= asAt;
}

/// <summary>
/// The retention period of a child's record (decision 66). Pure: every kind of record the journey
/// shows applies, each by its row in force on the day asked about; a kind's death row replaces its
/// birth row for a child who died before 18; and the period that ends last wins. Years are added as
/// calendar years, so a 29 February start falls on 28 February in other years (decision 36).
/// </summary>
public static class RetentionPeriod
{
    public static RetentionEnd Of(ChildJourney journey, RetentionSchedule schedule, DateOnly asAt) =>
        Of(RetentionFacts.From(journey), schedule, asAt);

    public static RetentionEnd Of(RetentionFacts facts, RetentionSchedule schedule, DateOnly asAt)
    {
        RetentionEnd? longest = null;
        foreach (var kind in RetentionKinds.All.Where(facts.Kinds.Contains))
        {
            var end = OfKind(kind, facts, schedule.InForce(kind, asAt));
            // Kinds come in order of involvement: on the same day, the later kind is named.
            if (end is not null && (longest is null || end.EndsOn >= longest.EndsOn)) longest = end;
        }
        // The schedule is checked to cover every kind from the first date a step may carry (RetentionSchedule.CoveredFrom).
        return longest ?? throw new InvalidOperationException($"The retention schedule has no rule in force on {asAt:yyyy-MM-dd} for {string.Join(", ", facts.Kinds)}.");
    }

    private static RetentionEnd? OfKind(string kind, RetentionFacts facts, IReadOnlyList<RetentionRule> rules)
    {
        var diedYoung = facts is { DiedOn: { } died, DateOfBirth: { } born } && died < born.AddYears(18);
        return rules
            .Where(r => r.Starts != RetentionStarts.DeathBefore18 || diedYoung)
            // "Either until the 75th anniversary of birth, or if the child dies before 18, 15 years from death": the death row replaces the birth row.
            .Where(r => !(diedYoung && r.Starts == RetentionStarts.Birth && rules.Any(d => d.Starts == RetentionStarts.DeathBefore18)))
            .Select(r => End(kind, r, facts))
            .OfType<RetentionEnd>()
            .MaxBy(e => e.EndsOn);
    }

    private static RetentionEnd? End(string kind, RetentionRule rule, RetentionFacts facts)
    {
        var (start, assumed) = rule.Starts switch
        {
            RetentionStarts.Birth when facts.DateOfBirth is { } born => (born, false),
            // No date of birth: the child was born by its latest step (or its expected date, if later).
            RetentionStarts.Birth => (Later(facts.LatestStep, facts.ExpectedDateOfBirth), true),
            RetentionStarts.DeathBefore18 => (facts.DiedOn!.Value, false),
            RetentionStarts.AdoptionOrder when facts.AdoptionOrderOn is { } order => (order, false),
            RetentionStarts.AdoptionOrder => ((DateOnly?)null, false),
            // A closed case's latest step is its closure or later; an open one counts from its latest step too.
            RetentionStarts.CaseClosed => (facts.LatestStep, false),
            _ => throw new InvalidOperationException($"Rule {rule.RuleId} starts from '{rule.Starts}', which the retention period does not know."),
        };
        return start is { } from ? new RetentionEnd(kind, rule, from, from.AddYears(rule.Years), assumed) : null;
    }

    private static DateOnly Later(DateOnly a, DateOnly? b) => b is { } other && other > a ? other : a;
}
