using System.Net;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// The access log names exactly the child, family or list the access check decided the request is
/// about: the route's child or family wins, a query parameter is matched as the binder matches it
/// (whatever its letter case), a child's or family's id in the query of a route that already names
/// one is refused (400, rule id-in-route) and the attempt logged against the route's child, and a
/// refusal (403) is logged against the child that was checked. Decision 59.
/// </summary>
public sealed class AccessSubjectTests(JourneyHost host)
{
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");

    /// <summary>Two children no team holds, linked to one family.</summary>
    private Task<(string Child, string Sibling, string Family)> Siblings() => AccessLogRows.Siblings(_worker);

    public static TheoryData<string, string> IdsInTheQueryOfAChildsRoute => new()
    {
        // url template ({c}: the route's child, {s}: its sibling, {f}: their family), the parameter refused
        { "/api/children/{c}/export.json?childId={s}", "childId" },
        { "/api/children/{c}/export.json?childId=%20", "childId" },
        { "/api/children/{c}/timeline?CHILDID={s}", "childId" },
        { "/api/children/{c}/timeline?familyId={f}", "familyId" },
        { "/api/children/{c}/access-log?childid={s}", "childId" },
    };

    [Theory, MemberData(nameof(IdsInTheQueryOfAChildsRoute))]
    public async Task A_child_or_family_id_in_the_query_of_a_childs_route_is_refused_and_logged_as_a_read_of_the_routes_child(string url, string parameter)
    {
        var (child, sibling, family) = await Siblings();
        var auditor = host.ClientFor("auditor.ann", "auditor");

        var (response, correlation) = await AccessLogRows.Read(auditor, url.Replace("{c}", child).Replace("{s}", sibling).Replace("{f}", family));

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        body.ShouldNotContain("ContactReceived");
        var violation = JsonNode.Parse(body)!["violations"]!.AsArray().ShouldHaveSingleItem()!;
        (violation["field"]!.GetValue<string>(), violation["rule"]!.GetValue<string>()).ShouldBe((parameter, "id-in-route"));
        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        (row.Scope, row.FamilyId).ShouldBe(("child", null));
        row.ChildIds.ShouldBe([child]);
        row.Parameters["childId"].ShouldBe(child);
    }

    [Theory]
    [InlineData("childid")]
    [InlineData("CHILDID")]
    [InlineData("ChildId")]
    public async Task A_childId_filter_in_any_letter_case_reads_and_logs_that_child(string parameter)
    {
        var (child, _, _) = await Siblings();

        var (response, correlation) = await AccessLogRows.Read(_worker, $"/api/measures?{parameter}={child}");

        var rows = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        rows.ShouldNotBeEmpty();
        rows.Select(r => r!["childId"]!.GetValue<string>()).Distinct().ShouldBe([child], "the binder read the filter");
        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        (row.Scope, row.FamilyId).ShouldBe(("child", null));
        row.ChildIds.ShouldBe([child]);
    }

    [Fact]
    public async Task A_familyId_filter_in_another_letter_case_logs_the_familys_children()
    {
        var (child, sibling, family) = await Siblings();

        var (response, correlation) = await AccessLogRows.Read(_worker, $"/api/measures?FamilyID={family}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        (row.Scope, row.FamilyId).ShouldBe(("family", family));
        row.ChildIds.ShouldBe(new[] { child, sibling }.Order().ToArray());
    }

    [Theory]
    [InlineData("childId", "%20", "child-id-format")]
    [InlineData("childId", "", "child-id-format")]
    [InlineData("childid", "%20%20", "child-id-format")]
    [InlineData("familyId", "%20", "family-id-format")]
    public async Task A_blank_filter_on_a_list_is_refused_as_not_an_id_and_not_logged_as_a_list(string parameter, string value, string rule)
    {
        var (response, correlation) = await AccessLogRows.Read(_worker, $"/api/measures?{parameter}={value}");

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        JsonNode.Parse(body)!["violations"]![0]!["rule"]!.GetValue<string>().ShouldBe(rule);
        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        row.Scope.ShouldNotBe("list");
    }

    [Fact]
    public async Task A_childId_on_a_list_that_does_not_filter_by_it_is_logged_as_the_list_it_reads()
    {
        var (child, _, _) = await Siblings();

        var (response, correlation) = await AccessLogRows.Read(_worker, $"/api/open-clocks?childId={child}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        row.Scope.ShouldBe("list");
        row.ChildIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_refusal_is_logged_against_the_routes_child_even_when_the_query_names_another()
    {
        var team = $"Subject {Guid.NewGuid():N}"[..16];
        var held = await AuthorisationMatrixTests.ChildHeldBy(host, team);
        var (mine, _, _) = await Siblings();
        var elsewhere = host.ClientWithTeams("sw.elsewhere", ["Another team", "MASH"], "practitioner");

        var (response, correlation) = await AccessLogRows.Read(elsewhere, $"/api/children/{held}/timeline?childId={mine}");

        ((int)response.StatusCode).ShouldBe(403);
        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        row.RefusedRule.ShouldBe("team-holds-case");
        (row.Scope, row.FamilyId).ShouldBe(("child", null));
        row.ChildIds.ShouldBe([held]);
    }

    [Fact]
    public async Task An_analysts_refused_filter_in_another_letter_case_is_logged_against_the_child_it_named()
    {
        var (child, _, _) = await Siblings();

        var (response, correlation) = await AccessLogRows.Read(host.ClientFor("analyst.kim", "analyst"), $"/api/measures?childid={child}");

        ((int)response.StatusCode).ShouldBe(403);
        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        row.RefusedRule.ShouldBe("pseudonymised-rows");
        row.ChildIds.ShouldBe([child]);
    }
}
