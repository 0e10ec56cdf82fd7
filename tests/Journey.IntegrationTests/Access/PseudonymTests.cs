using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// Analysts read child-level rows with a stable pseudonym for each child (HMAC-SHA256 of its id
/// under Journey:Pseudonyms:Key), no names and no birthdays, in JSON and CSV alike; they cannot
/// filter by a real identity or read a child's record. Decision 51.
/// </summary>
public sealed class PseudonymTests(JourneyHost host)
{
    private string Pseudonym(string childId)
    {
        var key = Encoding.UTF8.GetBytes(host.Services.GetRequiredService<IConfiguration>()["Journey:Pseudonyms:Key"]!);
        return "P-" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("child:" + childId)))[..20];
    }

    [Fact]
    public async Task An_analyst_reads_rows_with_stable_pseudonyms_and_no_names_in_json_and_csv()
    {
        var team = $"Pseudo {Guid.NewGuid():N}"[..15];
        // Contact and decision on 2 February 2025: a row of February's KPI pack.
        var child = await AuthorisationMatrixTests.ChildHeldBy(host, team, worker: "Wendy Worker", at: "2025-02");
        await host.ClientWithTeams("sw.wendy", [team]).RecordOk(child, "details",
            new { recordedAt = "2025-02-04T09:00:00Z", dateOfBirth = "2014-07-19", gender = "F", ethnicity = "WBRI" });
        var analyst = host.ClientFor("analyst.kim", "analyst");
        var practitioner = host.ClientWithTeams("sw.wendy", [team]);

        foreach (var url in new[] { $"/api/measures?team={Uri.EscapeDataString(team)}", $"/api/open-clocks?team={Uri.EscapeDataString(team)}",
                     $"/api/kpi-pack/children?month=2025-02&team={Uri.EscapeDataString(team)}" })
        {
            var first = await analyst.GetStringAsync(url, TestContext.Current.CancellationToken);
            var second = await analyst.GetStringAsync(url, TestContext.Current.CancellationToken);
            var rows = JsonNode.Parse(first)!.AsArray();
            rows.ShouldNotBeEmpty(url);
            rows.ShouldAllBe(r => r!["childId"]!.GetValue<string>() == Pseudonym(child), url);
            rows.ShouldAllBe(r => r!.AsObject().ContainsKey("worker") == false, url);
            first.ShouldNotContain(child);
            first.ShouldNotContain("Wendy Worker");
            first.ShouldNotContain("2014-07-19");
            second.ShouldBe(first, "the same answer, pseudonyms included, on every call");

            // The same rows for the team's practitioner name the child and the worker.
            (await practitioner.GetStringAsync(url, TestContext.Current.CancellationToken)).ShouldContain(child);
        }

        var csv = (await analyst.GetStringAsync($"/api/measures.csv?team={Uri.EscapeDataString(team)}", TestContext.Current.CancellationToken)).Split("\r\n");
        var header = csv[0].Split(',');
        header.ShouldContain("child_id");
        header.ShouldNotContain("worker");
        csv.Skip(1).Where(l => l.Length > 0).ShouldAllBe(l => l.Split(',', StringSplitOptions.None)[Array.IndexOf(header, "child_id")] == Pseudonym(child));
        string.Join("\n", csv).ShouldNotContain(child);
    }

    [Fact]
    public async Task An_analyst_sees_ages_not_birthdays_and_cannot_name_a_child_or_read_its_record()
    {
        var analyst = host.ClientFor("analyst.kim", "analyst");
        const string inTouch = "/api/care-leavers/in-touch?asAt=2026-11-23";
        // The demo's care leavers, read by name as an auditor (who reads every child); other tests add
        // care leavers of their own meanwhile, so the analyst's list is checked to hold the demo's.
        var named = (await host.ClientFor("auditor", "auditor").GetArray(inTouch)).Select(r => r!.AsObject())
            .Where(r => r["childId"]!.GetValue<string>().StartsWith("DEMO-", StringComparison.Ordinal)).ToArray();
        named.ShouldNotBeEmpty("the demo has care leavers");
        named.ShouldAllBe(r => r.ContainsKey("birthday"));
        var pseudonymised = (await analyst.GetArray(inTouch)).Select(r => r!.AsObject()).ToArray();
        named.Select(r => Pseudonym(r["childId"]!.GetValue<string>())).ShouldBeSubsetOf(pseudonymised.Select(r => r["childId"]!.GetValue<string>()));
        pseudonymised.ShouldAllBe(r => r["childId"]!.GetValue<string>().StartsWith("P-", StringComparison.Ordinal));
        pseudonymised.ShouldAllBe(r => !r.ContainsKey("birthday") && !r.ContainsKey("windowFrom") && r["age"]!.GetValue<int>() >= 17);

        foreach (var (url, rule) in new[] { ("/api/measures?childId=DEMO-0001", "pseudonymised-rows"), ("/api/measures.csv?worker=Sam%20Taylor", "pseudonymised-rows"),
                     ("/api/measures?familyId=FAM-1", "pseudonymised-rows"), ("/api/children/DEMO-0001/timeline", "read-child") })
            await host.Scenario(s =>
            {
                s.Get.Url(url);
                s.WithBearerToken(host.TokenFor("analyst.kim", roles: "analyst"));
                s.ShouldBeForbiddenBy(rule);
            });
    }
}
