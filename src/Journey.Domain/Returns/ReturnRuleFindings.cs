using Journey.Domain.Journeys;

namespace Journey.Domain.Returns;

/// <summary>Every return rule Journey checks, over one journey: the CIN census's and the SSDA903's.</summary>
public static class ReturnRuleFindings
{
    public static IEnumerable<ReturnRule> Rules => CensusRules.All.Concat(LookedAfterReturnRules.All);

    /// <summary>
    /// Every breach in <paramref name="journey"/> as it stands. <paramref name="asOf"/> (readiness) also judges what is
    /// still open on that day; without it (a step), only what has happened is judged.
    /// </summary>
    public static IEnumerable<ReturnFinding> Of(ChildJourney journey, DateOnly? asOf = null) =>
        CensusRules.Findings(journey, asOf).Concat(LookedAfterReturnRules.Findings(journey, asOf));
}

/// <summary>
/// The returns' validator rules at entry (decision 96): a step is refused when it would bring a breach of an error
/// rule the journey did not have before, named with the rule (<c>cin-8875</c>) on the step's field. A breach already
/// there (a fact stored before the rule was checked) does not stop other steps: it is listed on the return-readiness
/// list, and the step that mends it is accepted. Queries never refuse a step.
/// </summary>
public static class EntryRules
{
    /// <summary>
    /// <paramref name="accepted"/> as decided by the step's own rules, refused instead when its events bring a new
    /// error. A breach's field is reported as the finding names it when the step has that field
    /// (<paramref name="fields"/>), and otherwise on <paramref name="otherwise"/> (the step's date, or the details it changes).
    /// </summary>
    public static Decision Judge(ChildJourney journey, Decision accepted, string otherwise, params string[] fields)
    {
        if (accepted.IsRefused || accepted.Events.Count == 0) return accepted;
        var before = Errors(journey).Select(f => (f.Rule.Code, f.Subject)).ToHashSet();
        var after = journey.AsItStoodBefore(journey.Version + 1);
        foreach (var e in accepted.Events) after = after.Evolve(e);
        var brought = Errors(after).Where(f => !before.Contains((f.Rule.Code, f.Subject))).ToArray();
        return brought.Length == 0
            ? accepted
            : Decision.Refuse(brought.Select(f => new RuleViolation(fields.Contains(f.Field) ? f.Field : otherwise, f.Rule.Code, f.Message)).ToArray());
    }

    private static IEnumerable<ReturnFinding> Errors(ChildJourney journey) =>
        ReturnRuleFindings.Of(journey).Where(f => f.Rule.Kind == ReturnRuleKind.Error);
}
