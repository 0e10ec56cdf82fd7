namespace Journey.Domain.Returns;

/// <summary>How a return's validator raises a rule: an error stops the return; a query asks the authority to check or explain.</summary>
public enum ReturnRuleKind { Error, Query }

/// <summary>
/// A rule of a statutory return's validator that Journey checks itself (decision 96; docs/returns.md "Validator rules at
/// entry"): <see cref="Code"/> names it as the service reports it (<c>cin-8875</c>, <c>ssda903-352</c>), after the
/// validator's own number, so a refusal, a readiness row and the validator's report name the same rule.
/// </summary>
public sealed record ReturnRule(string Code, string Return, ReturnRuleKind Kind, string Says)
{
    /// <summary>The validator's own number for the rule (8875, 352, 4012Q).</summary>
    public string Number => Code[(Code.IndexOf('-') + 1)..];

    /// <summary>The rule as the validator's documentation names it, for a message: "CIN census rule 8875".</summary>
    public string Cited => $"{Return} rule {Number}";

    public static ReturnRule CinError(string number, string says) => new($"cin-{number}", CinCensus, ReturnRuleKind.Error, says);
    public static ReturnRule CinQuery(string number, string says) => new($"cin-{number}", CinCensus, ReturnRuleKind.Query, says);
    public static ReturnRule LookedAfterError(string number, string says) => new($"ssda903-{number}", Ssda903, ReturnRuleKind.Error, says);

    public const string CinCensus = "CIN census";
    public const string Ssda903 = "SSDA903";

    /// <summary>Whether a violation's rule is one of the returns' validator rules (so a replay can tell it from the service's own).</summary>
    public static bool IsReturnRule(string rule) => rule.StartsWith("cin-", StringComparison.Ordinal) || rule.StartsWith("ssda903-", StringComparison.Ordinal);
}

/// <summary>
/// A child's journey breaking a <see cref="ReturnRule"/>: which fact (<see cref="Subject"/>, stable while the fact
/// stands, so a step can be told to bring a new breach rather than one already there), the UK day it concerns, the
/// command field that records it, and what to fix, in a sentence a practitioner can act on.
/// </summary>
public sealed record ReturnFinding(ReturnRule Rule, string Subject, DateOnly On, string Field, string Fix)
{
    /// <summary>The message a refusal or a readiness row gives: what to fix, then the rule it keeps.</summary>
    public string Message => $"{Fix} ({Rule.Cited}: {Rule.Says})";
}
