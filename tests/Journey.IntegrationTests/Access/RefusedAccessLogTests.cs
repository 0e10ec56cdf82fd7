using System.Net.Http.Json;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// A refused request (403), read or write, leaves a row in the access log with the caller, the
/// child named, the route, the method and the rule broken, so auditors see attempted access; the
/// refusal stores nothing in the child's stream, whose hash chain stays intact. Decision 55.
/// </summary>
public sealed class RefusedAccessLogTests(JourneyHost host)
{
    [Fact]
    public async Task Refused_reads_and_writes_are_logged_with_the_rule_broken_and_listed_for_auditors()
    {
        var team = $"Refused {Guid.NewGuid():N}"[..16];
        var child = await AuthorisationMatrixTests.ChildHeldBy(host, team);
        var elsewhere = host.ClientWithTeams("sw.elsewhere", ["Another team"], "practitioner");
        var analyst = host.ClientFor("analyst.kim", "analyst");
        var auditor = host.ClientFor("auditor.ann", "auditor");

        var (read, readCorrelation) = await AccessLogRows.Read(elsewhere, $"/api/children/{child}/timeline?asRecordedAt=2030-12-31");
        ((int)read.StatusCode).ShouldBe(403);
        var readRow = (await AccessLogRows.ByCorrelation(host, readCorrelation)).ShouldHaveSingleItem();
        readRow.UserName.ShouldBe("sw.elsewhere");
        readRow.Roles.ShouldBe(["practitioner"]);
        readRow.View.ShouldBe("/api/children/{childId}/timeline");
        readRow.Method.ShouldBe("GET");
        readRow.RefusedRule.ShouldBe("team-holds-case");
        readRow.Scope.ShouldBe("child");
        readRow.ChildIds.ShouldBe([child]);
        readRow.Parameters.ShouldBe(new Dictionary<string, string> { ["childId"] = child, ["asRecordedAt"] = "2030-12-31" }, ignoreOrder: true);

        var writeCorrelation = Guid.NewGuid().ToString("N");
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/api/children/{child}/assessments/started"))
        {
            request.Headers.Add("X-Correlation-ID", writeCorrelation);
            request.Content = JsonContent.Create(new { startedAt = "2026-03-04T10:00:00Z" });
            ((int)(await elsewhere.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode).ShouldBe(403);
        }
        var writeRow = (await AccessLogRows.ByCorrelation(host, writeCorrelation)).ShouldHaveSingleItem();
        writeRow.Method.ShouldBe("POST");
        writeRow.View.ShouldBe("/api/children/{childId}/assessments/started");
        writeRow.RefusedRule.ShouldBe("team-holds-case");
        writeRow.ChildIds.ShouldBe([child]);

        // A role that may not read a child's record at all: the rule named is the endpoint's.
        var (roleRead, roleCorrelation) = await AccessLogRows.Read(analyst, $"/api/children/{child}/export.json");
        ((int)roleRead.StatusCode).ShouldBe(403);
        (await AccessLogRows.ByCorrelation(host, roleCorrelation)).ShouldHaveSingleItem().RefusedRule.ShouldBe("read-child");

        // The auditor lists the attempts on the child, and the reads let through apart from them.
        var refused = await auditor.GetArray($"/api/children/{child}/access-log?refused=true");
        refused.Select(r => $"{r!["userName"]} {r["method"]} {r["view"]} {r["refusedRule"]}").ShouldBe([
            "sw.elsewhere GET /api/children/{childId}/timeline team-holds-case",
            "sw.elsewhere POST /api/children/{childId}/assessments/started team-holds-case",
            "analyst.kim GET /api/children/{childId}/export.json read-child",
        ]);
        var allowed = await auditor.GetArray($"/api/children/{child}/access-log?refused=false");
        allowed.ShouldAllBe(r => r!["refusedRule"] == null);
        allowed.Select(r => r!["userName"]!.GetValue<string>()).ShouldNotContain("sw.elsewhere");

        // Nothing reached the child's stream: its hash chain verifies intact.
        (await (await auditor.GetAsync($"/api/children/{child}/verification", TestContext.Current.CancellationToken)).ReadJson())["status"]!
            .GetValue<string>().ShouldBe("intact");
    }
}
