using Alba;
using Journey.Api.Authorisation;

namespace Journey.IntegrationTests.Infrastructure;

/// <summary>
/// What a refusal answers, as expectations of an Alba scenario (<see cref="JourneyHost.Scenario"/>): a problem
/// (RFC 7807, application/problem+json) naming the field and the rule (docs/api.md, "Input rules"), or for a caller
/// who may not, the access rule (docs/api.md, "Who may call what").
/// </summary>
public static class RefusalExpectations
{
    /// <summary>A 400 problem of <paramref name="type"/> whose one violation names <paramref name="field"/> and <paramref name="rule"/>.</summary>
    public static void ShouldRefuseNaming(this Scenario scenario, string type, string field, string rule)
    {
        scenario.ShouldReturnProblemDetails(400).WithType(type);
        scenario.JsonPath("$.violations").ShouldHaveCount(1);
        scenario.JsonPath("$.violations[0].field").ShouldBe(field);
        scenario.JsonPath("$.violations[0].rule").ShouldBe(rule);
    }

    /// <summary>A 403 problem naming the access rule the caller was refused by.</summary>
    public static void ShouldBeForbiddenBy(this Scenario scenario, string rule) =>
        scenario.ShouldReturnProblemDetails(403).WithType(ForbiddenProblemHandler.ForbiddenType).WithExtension("rule", rule);
}
