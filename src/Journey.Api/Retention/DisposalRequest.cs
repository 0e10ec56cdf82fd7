using System.ComponentModel.DataAnnotations;
using Journey.Domain.Journeys;

namespace Journey.Api.Retention;

/// <summary>
/// A disposal as the administrator carrying it out asks for it: who authorised it (the records
/// manager, say; the token's subject is who carried it out) and why.
/// </summary>
public sealed record DisposalRequest([property: MaxLength(FieldLimits.Name)] string? AuthorisedBy, string? Reason)
{
    /// <summary>Both fields are required and held to the limits every command's are (FieldLimits).</summary>
    public IReadOnlyList<RuleViolation> Violations()
    {
        var violations = new List<RuleViolation>(FieldLimits.Check(this));
        if (string.IsNullOrWhiteSpace(AuthorisedBy))
            violations.Add(new RuleViolation("authorisedBy", "required", "authorisedBy is required: who authorised the disposal (the records manager, say)."));
        if (string.IsNullOrWhiteSpace(Reason))
            violations.Add(new RuleViolation("reason", "required", "reason is required: why the record is disposed of."));
        return violations;
    }
}
