using Microsoft.AspNetCore.Authorization;

namespace Journey.Api.Authorisation;

/// <summary>
/// Who may call an endpoint, named beside its route: <c>[Access(Rule.RecordStep)]</c>. It is ASP.NET Core's own
/// <see cref="AuthorizeAttribute"/> naming the rule's policy (<see cref="AccessRule.PolicyName"/>), so the framework's
/// authorisation applies it as it would any <c>[Authorize(Policy = ...)]</c>; Wolverine carries a method's attributes
/// onto its endpoint. Every endpoint carries exactly one, and one without stops start-up (<see cref="AccessRules.Of(System.Reflection.MethodInfo)"/>),
/// so an endpoint added later is never reachable under no rule (decision 111).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AccessAttribute(string rule) : AuthorizeAttribute(AccessRule.PolicyFor(rule))
{
    /// <summary>The rule's name, one of <see cref="Rule"/>.</summary>
    public string Rule { get; } = rule;
}

/// <summary>The access rules' names, for <see cref="AccessAttribute"/>: constants, since an attribute's argument must be one.</summary>
public static class Rule
{
    public const string RecordStep = "record-step";
    public const string RecordContact = "record-contact";
    public const string RecordConference = "record-conference";
    public const string RecordLeavingCare = "record-leaving-care";
    public const string ReadChild = "read-child";
    public const string ReadFamily = "read-family";
    public const string ReadRows = "read-rows";
    public const string ReadAggregates = "read-aggregates";
    public const string ReadOperations = "read-operations";
    public const string ReadAccessLog = "read-access-log";
    public const string Verify = "verify-chains";
    public const string Administer = "administer";
    public const string Import = "import";
    public const string ReadRetention = "read-retention";
    public const string DisposeRecord = "dispose-record";
    public const string SubjectAccess = "subject-access";
    public const string ReadReturns = "read-returns";
    public const string ReadReadiness = "read-readiness";
}
