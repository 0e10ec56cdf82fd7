using System.Net;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Kpis;

/// <summary>The pack over HTTP: the children behind a figure, team rows, CSV, and refusals that name the field and rule.</summary>
public sealed class KpiPackEndpointTests(JourneyHost host)
{
    [Fact]
    public async Task A_decision_counts_in_the_month_it_was_made_under_the_team_holding_the_case_at_month_end()
    {
        var team = $"Team-{Guid.NewGuid().ToString("N")[..6]}";
        // The team's manager: the children's rows are listed to the team holding the case (decision 55); and the front
        // door's, which alone records for a child no team holds yet (decision 60).
        var client = host.ClientWithTeams("tm.priya.shah", [team, "MASH"], "team-manager");
        var child = JourneyApi.NewChildId();
        // Received on Friday 31 January 2025, decided 26 hours later on Saturday 1 February: late, and in February's flow.
        await client.RecordOk(child, "contacts", new { receivedAt = "2025-01-31T16:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await client.RecordOk(child, "front-door-decisions", new { decidedAt = "2025-02-01T18:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        await client.RecordOk(child, "referrals", new { acceptedAt = "2025-02-01T18:05:00Z" });
        await client.RecordOk(child, "allocations", new { allocatedAt = "2025-02-03T09:00:00Z", team, worker = "Sam Taylor" });

        var january = await client.GetArray($"/api/kpi-pack/children?month=2025-01&kpi=contact-decision-24h&team={team}");
        january.ShouldBeEmpty();
        var february = (await client.GetArray($"/api/kpi-pack/children?month=2025-02&kpi=contact-decision-24h&team={team}")).Single()!;
        (february["childId"]!.GetValue<string>(), february["met"]!.GetValue<bool>(), february["worker"]!.GetValue<string>(), february["familyId"]!.GetValue<string>())
            .ShouldBe((child, false, "Sam Taylor", $"child:{child}"));

        var pack = await (await client.GetAsync($"/api/kpi-pack?from=2025-01&to=2025-02&team={team}", TestContext.Current.CancellationToken)).ReadJson();
        var decisions = pack["kpis"]!.AsArray().Single(k => k!["kpiId"]!.GetValue<string>() == "contact-decision-24h")!["months"]!.AsArray();
        decisions.Select(m => (m!["month"]!.GetValue<string>(), m["numerator"]!.GetValue<long>(), m["denominator"]!.GetValue<long>()))
            .ShouldBe([("2025-01-01", 0L, 0L), ("2025-02-01", 0L, 1L)]);
        decisions[1]!["rag"]!.GetValue<string>().ShouldBe("red");
    }

    [Fact]
    public async Task The_csv_has_one_row_per_kpi_and_month_with_the_sql_column_names()
    {
        var response = await host.ClientFor("analyst.kim").GetAsync("/api/kpi-pack.csv?from=2025-01&to=2025-03", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("kpi_id,number,title,frequency,service_area,better,unit,team,month,numerator,denominator,value,");
        lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count().ShouldBe(Journey.Domain.Kpis.KpiReference.Default.Definitions.Count);
        lines.Length.ShouldBe(1 + 3 * Journey.Domain.Kpis.KpiReference.Default.Definitions.Count);
    }

    [Theory]
    [InlineData("/api/kpi-pack?from=2025-13", "from", "year-month")]
    [InlineData("/api/kpi-pack?from=2025-03&to=2025-01", "to", "period-ordered")]
    [InlineData("/api/kpi-pack.csv?from=2020-01&to=2025-01", "from", "at-most-36-months")]
    [InlineData("/api/kpi-pack/children?kpi=contact-decision-24h", "month", "required")]
    [InlineData("/api/kpi-pack/children?month=2025-01&kpi=caseloads", "kpi", "known-kpi")]
    public async Task A_bad_query_is_refused_naming_the_field_and_rule(string url, string field, string rule)
    {
        var response = await host.ClientFor("analyst.kim").GetAsync(url, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var violations = (await response.ReadJson())["violations"]!.AsArray();
        violations.ShouldContain(v => v!["field"]!.GetValue<string>() == field && v["rule"]!.GetValue<string>() == rule);
    }
}
