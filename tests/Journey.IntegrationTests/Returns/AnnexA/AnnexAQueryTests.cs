using Journey.IntegrationTests.Access;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns.AnnexA;

/// <summary>
/// Annex A's period in the query (decision 93): periodEnd, or from and to together, instead of the year; a return that
/// covers a collection year is refused them. Each refusal names the parameter and the rule, builds nothing and logs nothing.
/// </summary>
[Collection(ReturnsHost.Collection)]
public sealed class AnnexAQueryTests(ReturnsHost fixture)
{
    [Theory]
    [InlineData("/api/returns/annex-a", "year", "required")]
    [InlineData("/api/returns/annex-a?from=2025-01-01", "to", "from-and-to-together")]
    [InlineData("/api/returns/annex-a?to=2025-01-01", "from", "from-and-to-together")]
    [InlineData("/api/returns/annex-a?periodEnd=2025-01-01&from=2024-01-01&to=2024-12-31", "periodEnd", "period-end-or-from-to")]
    [InlineData("/api/returns/annex-a?from=2025-01-02&to=2025-01-01", "to", "period-ordered")]
    [InlineData("/api/returns/annex-a?periodEnd=31/03/2026", "periodEnd", "iso-8601-date")]
    [InlineData("/api/returns/annex-a/missing?periodEnd=0026-03-31", "periodEnd", "plausible-date")]
    [InlineData("/api/returns/test-contacts?year=2020&periodEnd=2020-03-31", "periodEnd", "period-not-taken")]
    [InlineData("/api/returns/test-contacts/contacts.csv?year=2020&from=2019-04-01&to=2020-03-31", "from", "period-not-taken")]
    public async Task A_period_it_cannot_take_is_refused_naming_the_parameter(string url, string field, string rule)
    {
        var (response, correlation) = await AccessLogRows.Read(fixture.Host.ClientFor("returns.officer.rae", "returns-officer"), url);

        ((int)response.StatusCode).ShouldBe(400);
        var violations = (await response.ReadJson())["violations"]!.AsArray();
        violations.ShouldContain(v => v!["field"]!.GetValue<string>() == field && v["rule"]!.GetValue<string>() == rule, violations.ToJsonString());
        (await AccessLogRows.ByCorrelation(fixture.Host, correlation)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_period_with_no_children_is_every_list_headed_and_empty()
    {
        var response = await fixture.Host.ClientFor("returns.officer.rae", "returns-officer")
            .GetAsync("/api/returns/annex-a/list-8-children-in-care.csv?from=2011-01-01&to=2011-06-30", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(200);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .ShouldHaveSingleItem().ShouldStartWith("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Unaccompanied");
    }
}
