using System.Text.Json.Nodes;
using Journey.Api.Authorisation;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine.Http;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// Every list of rows per child (the endpoints AccessRules gives the read-rows rule, enumerated from
/// the running service, so a list added later is checked too), read without a childId filter, shows
/// a practitioner exactly the rows an auditor sees of the children her team holds, and none of another
/// team's; a practitioner of the front door (MASH) sees those of the children no team holds, and no
/// other team does. The demo's children, held by three teams, appear in every list; only they are
/// compared, since other tests add children meanwhile. Decisions 55 and 60.
/// </summary>
public sealed class ListScopeTests(JourneyHost host)
{
    /// <summary>What a list needs to show the demo's rows; the rest read as at now, after every demo step.</summary>
    private static readonly Dictionary<string, string> Queries = new()
    {
        ["/api/kpi-pack/children"] = "?month=2026-10",
    };

    private IReadOnlyList<RouteEndpoint> Lists() => host.Services.GetServices<EndpointDataSource>()
        .SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Single() == "GET"
                    && e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
                    && AccessRules.For("GET", e.RoutePattern.RawText) == AccessRules.ReadRows)
        .OrderBy(e => e.RoutePattern.RawText).ToArray();

    [Fact]
    public void Every_list_of_rows_takes_the_callers_read_scope()
    {
        var lists = Lists();
        lists.Count.ShouldBeGreaterThan(25);
        lists.Where(e => e.Metadata.GetMetadata<HttpChain>() is not { } chain
                         || !chain.Method.Method.GetParameters().Any(p => p.ParameterType == typeof(ReadScope)))
            .Select(e => e.RoutePattern.RawText).ShouldBeEmpty("lists that do not filter by the caller's ReadScope");
    }

    [Fact]
    public async Task A_practitioner_sees_in_every_list_her_teams_children_the_front_door_those_no_team_holds_and_no_other_teams()
    {
        var holders = await DemoHolders();
        holders.Values.Distinct().Count().ShouldBe(3, "the demo's children are held by three teams");
        var auditor = host.ClientFor("lists.auditor", "auditor");
        var outsider = host.ClientWithTeams("lists.outsider", ["A team holding no demo child"], "practitioner");
        var frontDoor = host.ClientWithTeams("lists.mash", [AuthorisationMatrixTests.FrontDoor], "practitioner");
        var wrong = new List<string>();

        foreach (var list in Lists())
        {
            var url = list.RoutePattern.RawText + Queries.GetValueOrDefault(list.RoutePattern.RawText!, "");
            var all = await DemoRows(auditor, url);
            var teams = all.Select(r => holders.GetValueOrDefault(r.Child)).OfType<string>().Distinct().Order().ToArray();
            if (teams.Length == 0)
            {
                wrong.Add($"{url}: the auditor sees no demo child held by a team, so the list's scope is not tested");
                continue;
            }
            var unheld = all.Where(r => !holders.ContainsKey(r.Child)).Select(r => r.Text).Order().ToArray();
            Compare(wrong, url, "a practitioner of no demo team", await DemoRows(outsider, url), []);
            Compare(wrong, url, "a practitioner of the front door", await DemoRows(frontDoor, url), unheld);
            foreach (var team in teams)
            {
                var practitioner = host.ClientWithTeams("lists." + team, [team], "practitioner");
                var expected = all.Where(r => holders.GetValueOrDefault(r.Child) == team).Select(r => r.Text).Order().ToArray();
                Compare(wrong, url, $"a practitioner of {team}", await DemoRows(practitioner, url), expected);
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_familys_rows_show_only_the_siblings_the_caller_may_read_while_its_membership_names_them_all()
    {
        var north = $"North {Guid.NewGuid():N}"[..14];
        var south = $"South {Guid.NewGuid():N}"[..14];
        var family = $"FAM-{Guid.NewGuid().ToString("N")[..8]}";
        var mine = await AuthorisationMatrixTests.ChildHeldBy(host, north);
        var theirs = await AuthorisationMatrixTests.ChildHeldBy(host, south);
        foreach (var (child, team) in new[] { (mine, north), (theirs, south) })
            await host.ClientWithTeams("sw.family", [team]).RecordOk(child, "family", new { linkedAt = "2026-03-04T10:00:00Z", familyId = family, relationship = "sibling" });
        var worker = host.ClientWithTeams("sw.north", [north]);

        (await worker.GetArray($"/api/measures?familyId={family}")).Select(r => r!["childId"]!.GetValue<string>()).Distinct().ShouldBe([mine]);
        (await worker.GetArray($"/api/open-clocks")).Select(r => r!["childId"]!.GetValue<string>()).ShouldNotContain(theirs);
        (await (await worker.GetAsync($"/api/families/{family}", TestContext.Current.CancellationToken)).Content
            .ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(theirs);
    }

    private static void Compare(List<string> wrong, string url, string who, IReadOnlyList<(string Child, string Text)> seen, string[] expected)
    {
        var rows = seen.Select(r => r.Text).Order().ToArray();
        if (!rows.SequenceEqual(expected))
            wrong.Add($"{url} showed {who} {rows.Length} demo rows of children [{string.Join(", ", seen.Select(r => r.Child).Distinct().Order())}], expected {expected.Length}");
    }

    /// <summary>The rows of demo children in a JSON or CSV answer, each with its child and its text.</summary>
    private static async Task<IReadOnlyList<(string Child, string Text)>> DemoRows(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(200, $"{url}: {text}");
        IEnumerable<(string Child, string Text)> rows;
        if (response.Content.Headers.ContentType?.MediaType == "text/csv")
        {
            var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var column = Array.IndexOf(lines[0].Split(','), "child_id");
            column.ShouldBeGreaterThanOrEqualTo(0, $"{url} has a child_id column");
            rows = lines.Skip(1).Select(line => (line.Split(',')[column], line));
        }
        else
            rows = JsonNode.Parse(text)!.AsArray().Select(row => (row!["childId"]!.GetValue<string>(), Scoped(url, row.AsObject())));
        return rows.Where(r => r.Child.StartsWith("DEMO-", StringComparison.Ordinal)).ToArray();
    }

    /// <summary>
    /// A row as the scope comparison sees it. The open-clocks list and the measures count a running clock's elapsed
    /// time to the moment of the call (hours to two places change every 36 seconds), so callers asking seconds apart
    /// may see the same row with a different figure; which rows each caller sees is what is compared. A stopped
    /// clock's elapsed time is fixed and stays in the comparison.
    /// </summary>
    private static string Scoped(string url, JsonObject row)
    {
        var running = url.StartsWith("/api/open-clocks", StringComparison.Ordinal)
            || (url.StartsWith("/api/measures", StringComparison.Ordinal) && row["actualAt"] is null);
        if (running) row.Remove("elapsed");
        return row.ToJsonString();
    }

    /// <summary>The team holding each demo child's case now; a demo child no team holds is absent.</summary>
    private async Task<Dictionary<string, string>> DemoHolders()
    {
        await using var connection = host.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT child_id, team FROM journey.current_allocations WHERE child_id LIKE 'DEMO-%'", connection);
        var holders = new Dictionary<string, string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) holders[reader.GetString(0)] = reader.GetString(1);
        return holders;
    }
}
