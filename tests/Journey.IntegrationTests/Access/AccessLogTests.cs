using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// Every read of a child's record leaves one row in journey.access_log saying who read what, when
/// and through which view; the auditor lists them; nobody can change them; and a read that cannot
/// be logged is refused.
/// </summary>
public sealed class AccessLogTests(JourneyHost host)
{
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");

    /// <summary>A child with a contact, linked to a family with a sibling.</summary>
    private Task<(string Child, string Sibling, string Family)> Siblings() => AccessLogRows.Siblings(_worker);

    public static TheoryData<string, string, string, bool> ChildReads => new()
    {
        // url template ({c}: the child), the view logged, the parameters beyond childId, whether the answer is 200
        { "/api/children/{c}/timeline", "/api/children/{childId}/timeline", "", true },
        { "/api/children/{c}/timeline?asRecordedAt=2030-12-31", "/api/children/{childId}/timeline", "asRecordedAt=2030-12-31", true },
        { "/api/children/{c}/timeline?asOccurredAt=2026-03-02T09:30:00Z", "/api/children/{childId}/timeline", "asOccurredAt=2026-03-02T09:30:00Z", true },
        { "/api/children/{c}/export.json", "/api/children/{childId}/export.json", "", true },
        { "/api/children/{c}/export.html?asRecordedAt=2030-12-31", "/api/children/{childId}/export.html", "asRecordedAt=2030-12-31", true },
        { "/api/children/{c}/access-log", "/api/children/{childId}/access-log", "", true },
        { "/api/access-log?childId={c}&from=2026-11-01", "/api/access-log", "from=2026-11-01", true },
        { "/api/measures?childId={c}", "/api/measures", "", true },
        { "/api/measures.csv?childId={c}&measure=front-door-decision", "/api/measures.csv", "measure=front-door-decision", true },
        { "/api/protection-plans/visits?childId={c}", "/api/protection-plans/visits", "", true },
        { "/api/child-in-need-plans/visits?childId={c}&asAt=2026-11-01", "/api/child-in-need-plans/visits", "asAt=2026-11-01", true },
        { "/api/supervisions?childId={c}", "/api/supervisions", "", true },
        { "/api/looked-after/reviews?childId={c}", "/api/looked-after/reviews", "", true },
        { "/api/referrals?childId={c}", "/api/referrals", "", true },
        // A refused read is logged too: the row is written before the read runs.
        { "/api/children/{c}/timeline?asOccurredAt=someday", "/api/children/{childId}/timeline", "asOccurredAt=someday", false },
    };

    [Theory, MemberData(nameof(ChildReads))]
    public async Task A_read_of_a_child_writes_one_row_naming_the_reader_view_parameters_and_child(string url, string view, string parameters, bool ok)
    {
        var (child, _, _) = await Siblings();
        var auditor = host.ClientFor("auditor.ann", "auditor", "quality");

        var (response, correlation) = await AccessLogRows.Read(auditor, url.Replace("{c}", child));

        response.IsSuccessStatusCode.ShouldBe(ok, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        row.UserName.ShouldBe("auditor.ann");
        row.Roles.ShouldBe(["auditor", "quality"]);
        row.View.ShouldBe(view);
        row.Scope.ShouldBe("child");
        row.ChildIds.ShouldBe([child]);
        row.FamilyId.ShouldBeNull();
        var expected = new Dictionary<string, string> { ["childId"] = child };
        foreach (var pair in parameters.Split('&', StringSplitOptions.RemoveEmptyEntries))
            expected[pair.Split('=')[0]] = pair.Split('=')[1];
        row.Parameters.ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public async Task The_family_view_is_a_read_of_every_child_of_the_family()
    {
        var (child, sibling, family) = await Siblings();

        var (response, correlation) = await AccessLogRows.Read(_worker, $"/api/families/{family}");
        var (measures, measuresCorrelation) = await AccessLogRows.Read(_worker, $"/api/measures?familyId={family}");

        response.EnsureSuccessStatusCode();
        measures.EnsureSuccessStatusCode();
        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        row.View.ShouldBe("/api/families/{familyId}");
        row.Scope.ShouldBe("family");
        row.FamilyId.ShouldBe(family);
        row.ChildIds.ShouldBe(new[] { child, sibling }.Order().ToArray());
        row.UserName.ShouldBe("sw.sam.taylor");
        row.Roles.ShouldBe(["practitioner"]);
        var filtered = (await AccessLogRows.ByCorrelation(host, measuresCorrelation)).ShouldHaveSingleItem();
        (filtered.View, filtered.Scope, filtered.FamilyId).ShouldBe(("/api/measures", "family", family));
        filtered.ChildIds.ShouldBe(new[] { child, sibling }.Order().ToArray());
    }

    [Theory]
    [InlineData("/api/kpi-pack/children?month=2026-10", "/api/kpi-pack/children")]
    [InlineData("/api/open-clocks?overdueOnly=true", "/api/open-clocks")]
    [InlineData("/api/measures?measure=front-door-decision&from=2026-11-01&to=2026-11-30", "/api/measures")]
    [InlineData("/api/access-log?user=nobody.at.all", "/api/access-log")]
    public async Task A_list_naming_many_children_writes_one_row_with_its_parameters_and_no_child(string url, string view)
    {
        var (response, correlation) = await AccessLogRows.Read(host.ClientFor("auditor.ann", "auditor"), url);

        response.EnsureSuccessStatusCode();
        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        (row.View, row.Scope, row.UserName).ShouldBe((view, "list", "auditor.ann"));
        row.ChildIds.ShouldBeEmpty();
        row.Parameters.Keys.ShouldBe(url.Split('?')[1].Split('&').Select(p => p.Split('=')[0]), ignoreOrder: true);
    }

    [Theory]
    [InlineData("/api/kpi-pack?from=2026-01&to=2026-02")]
    [InlineData("/api/projections")]
    [InlineData("/api/recording-lag?from=2026-11-01&to=2026-11-02")]
    public async Task An_aggregate_that_names_no_child_is_not_logged(string url)
    {
        var (response, correlation) = await AccessLogRows.Read(host.ClientFor("analyst.kim", "analyst"), url);

        response.EnsureSuccessStatusCode();
        (await AccessLogRows.ByCorrelation(host, correlation)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_write_is_not_a_read_and_is_not_logged()
    {
        var child = JourneyApi.NewChildId();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/children/{child}/contacts")
        {
            Content = JsonContent.Create(new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" }),
        };
        var correlation = Guid.NewGuid().ToString("N");
        request.Headers.Add("X-Correlation-ID", correlation);

        (await _worker.SendAsync(request, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        (await AccessLogRows.ByCorrelation(host, correlation)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_read_without_a_correlation_header_is_logged_with_the_request_trace_id()
    {
        var (child, _, _) = await Siblings();
        var user = $"reader.{Guid.NewGuid().ToString("N")[..8]}";

        (await host.ClientFor(user).GetAsync($"/api/children/{child}/timeline", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var rows = await host.ClientFor("auditor.ann", "auditor").GetArray($"/api/access-log?user={user}");
        rows.ShouldHaveSingleItem()!["correlationId"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_auditor_lists_who_read_a_child_in_order_and_the_listing_itself_shows_the_next_time()
    {
        var (child, _, family) = await Siblings();
        await _worker.GetAsync($"/api/children/{child}/timeline?asRecordedAt=2026-03-31", TestContext.Current.CancellationToken);
        await host.ClientFor("court.officer", "auditor", "legal").GetAsync($"/api/children/{child}/export.html", TestContext.Current.CancellationToken);
        await host.ClientFor("manager.mo").GetAsync($"/api/families/{family}", TestContext.Current.CancellationToken);
        var auditor = host.ClientFor("auditor.ann", "auditor");

        var first = await auditor.GetArray($"/api/children/{child}/access-log");

        first.Select(r => (r!["userName"]!.GetValue<string>(), r["view"]!.GetValue<string>())).ShouldBe([
            ("sw.sam.taylor", "/api/children/{childId}/timeline"),
            ("court.officer", "/api/children/{childId}/export.html"),
            ("manager.mo", "/api/families/{familyId}"),
        ]);
        first[0]!["parameters"]!["asRecordedAt"]!.GetValue<string>().ShouldBe("2026-03-31");
        first[1]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["auditor", "legal"]);
        first.Select(r => r!["readAt"]!.GetValue<DateTimeOffset>()).ShouldBeInOrder();

        var second = await auditor.GetArray($"/api/children/{child}/access-log");

        second.Count.ShouldBe(4);
        second[3]!["userName"]!.GetValue<string>().ShouldBe("auditor.ann");
        second[3]!["view"]!.GetValue<string>().ShouldBe("/api/children/{childId}/access-log");
        second.Take(3).Select(r => r!["id"]!.GetValue<long>()).ShouldBe(first.Select(r => r!["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task The_period_listing_filters_by_user_and_day_and_refuses_a_malformed_date()
    {
        var (child, _, _) = await Siblings();
        var user = $"reader.{Guid.NewGuid().ToString("N")[..8]}";
        var reader = host.ClientFor(user);
        await reader.GetAsync($"/api/children/{child}/timeline", TestContext.Current.CancellationToken);
        await reader.GetAsync($"/api/measures?childId={child}", TestContext.Current.CancellationToken);
        var today = Journey.Domain.Timescales.UkTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
        var yesterday = Journey.Domain.Timescales.UkTime.DateOf(DateTimeOffset.UtcNow).AddDays(-1).ToString("yyyy-MM-dd");
        var auditor = host.ClientFor("auditor.ann", "auditor");

        (await auditor.GetArray($"/api/access-log?user={user}&from={today}&to={today}"))
            .Select(r => r!["view"]!.GetValue<string>()).ShouldBe(["/api/children/{childId}/timeline", "/api/measures"]);
        (await auditor.GetArray($"/api/access-log?user={user}&to={yesterday}")).ShouldBeEmpty();
        (await auditor.GetArray($"/api/access-log?user={user}&view=/api/measures")).ShouldHaveSingleItem();

        var refused = await auditor.GetAsync("/api/access-log?from=23-11-2026", TestContext.Current.CancellationToken);
        ((int)refused.StatusCode).ShouldBe(400);
        (await refused.ReadJson())["violations"]![0]!["rule"]!.GetValue<string>().ShouldBe("iso-8601-date");
    }

    [Fact]
    public async Task The_log_needs_an_authenticated_caller() =>
        await host.Scenario(s =>
        {
            s.Get.Url("/api/access-log");
            s.StatusCodeShouldBe(401);
        });

    [Theory]
    [InlineData("UPDATE journey.access_log SET user_name = 'someone.else' WHERE child_ids @> ARRAY[@child]")]
    [InlineData("DELETE FROM journey.access_log WHERE child_ids @> ARRAY[@child]")]
    [InlineData("TRUNCATE journey.access_log")]
    public async Task The_log_is_append_only_even_in_SQL(string sql)
    {
        var (child, _, _) = await Siblings();
        await _worker.GetAsync($"/api/children/{child}/timeline", TestContext.Current.CancellationToken);
        // As the schema's owner: the triggers hold even for it (the service's role is refused earlier, by privilege: ServiceRoleTests).
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("child", child);

        var refusal = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));

        refusal.MessageText.ShouldContain("append-only");
        (await host.ClientFor("auditor.ann", "auditor").GetArray($"/api/children/{child}/access-log"))
            .ShouldHaveSingleItem()!["userName"]!.GetValue<string>().ShouldBe("sw.sam.taylor");
    }

    [Fact]
    public async Task A_read_that_cannot_be_logged_is_refused_and_shows_nothing()
    {
        var (child, _, _) = await Siblings();
        // Make writing the log fail for this one child only: other tests read on in parallel.
        var trigger = $"refuse_{child.Replace("-", "_").ToLowerInvariant()}";
        await Sql($"""
            CREATE FUNCTION journey.{trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'log unavailable'; END; $$;
            CREATE TRIGGER {trigger} BEFORE INSERT ON journey.access_log FOR EACH ROW WHEN (NEW.child_ids @> ARRAY['{child}']) EXECUTE FUNCTION journey.{trigger}();
            """);
        try
        {
            foreach (var url in new[] { $"/api/children/{child}/timeline", $"/api/children/{child}/export.json", $"/api/measures?childId={child}" })
            {
                var response = await _worker.GetAsync(url, TestContext.Current.CancellationToken);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                ((int)response.StatusCode).ShouldBe(503, body);
                JsonNode.Parse(body)!["type"]!.GetValue<string>().ShouldBe("https://journey.local/problems/access-not-logged");
                body.ShouldNotContain("ContactReceived");
            }
        }
        finally
        {
            await Sql($"DROP TRIGGER {trigger} ON journey.access_log; DROP FUNCTION journey.{trigger}();");
        }
        (await _worker.GetAsync($"/api/children/{child}/timeline", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
    }

    private async Task Sql(string sql)
    {
        // DDL: as the schema's owner (the service's role may run none, decision 58).
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
