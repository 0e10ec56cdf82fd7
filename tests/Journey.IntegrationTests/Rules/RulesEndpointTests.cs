using System.Text.Json.Nodes;
using Alba;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Rules;

/// <summary>Which rule set the service runs, every rule in it with its source, and the rule set named on every answer (decision 108).</summary>
public sealed class RulesEndpointTests(JourneyHost host)
{
    [Fact]
    public async Task The_rule_set_lists_every_rule_with_its_source_and_the_dates_it_was_in_force()
    {
        var answer = (await host.Scenario(s =>
        {
            s.Get.Url("/api/rules");
            s.WithBearerToken(host.TokenFor("analyst.kim", roles: "analyst"));
            s.StatusCodeShouldBeOk();
            s.JsonPath("$.ruleSet").ShouldBe("default");
        })).ReadAsJson<JsonObject>()!;

        var rules = answer["rules"]!.AsArray().Select(r => r!.AsObject()).ToDictionary(r => r["ruleId"]!.GetValue<string>());
        rules.Count.ShouldBe(Journey.Domain.Timescales.TimescaleRulebook.Default.Rules.Count());
        var superseded = rules["assessment-35wd-2010"];
        superseded["measure"]!.GetValue<string>().ShouldBe("assessment");
        superseded["effectiveFrom"]!.GetValue<string>().ShouldBe("2010-01-01");
        superseded["effectiveUntil"]!.GetValue<string>().ShouldBe("2013-04-15");
        var current = rules["assessment-45wd-2013"];
        current["unit"]!.GetValue<string>().ShouldBe("working-days");
        current["target"]!.GetValue<int>().ShouldBe(45);
        current["effectiveUntil"].ShouldBeNull();
        current["words"]!.GetValue<string>().ShouldContain("no longer than 45 working days");
        current["wordsFrom"]!.GetValue<string>().ShouldStartWith("https://");
        current["basis"]!.GetValue<string>().ShouldContain("Working Together");
        current["from"]!.GetValue<string>().ShouldBe("default");
        rules["first-review-conference-3m"]["elapsedUnit"]!.GetValue<string>().ShouldBe("days");
    }

    [Theory]
    [InlineData("/api/measures")]
    [InlineData("/api/measures.csv")]
    [InlineData("/api/supervisions")]
    [InlineData("/api/kpi-pack?from=2026-01&to=2026-01")]
    public async Task Measure_chain_and_kpi_answers_name_the_rule_set(string url) =>
        await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.WithBearerToken(host.TokenFor("auditor.ann", roles: "auditor"));
            s.StatusCodeShouldBeOk();
            s.Header("Journey-Rule-Set").SingleValueShouldEqual("default");
        });

    [Fact]
    public async Task Every_role_that_reads_aggregates_reads_the_rules_and_an_importer_does_not()
    {
        foreach (var role in new[] { "practitioner", "team-manager", "reviewing-officer", "personal-adviser", "analyst", "auditor" })
            await host.Scenario(s =>
            {
                s.Get.Url("/api/rules");
                s.WithBearerToken(host.TokenFor("someone", roles: role));
                s.StatusCodeShouldBeOk();
            });
        await host.Scenario(s =>
        {
            s.Get.Url("/api/rules");
            s.WithBearerToken(host.TokenFor("migration.officer", roles: "importer"));
            s.ShouldBeForbiddenBy("read-aggregates");
        });
    }
}
