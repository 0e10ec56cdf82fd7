using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Access;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Returns;

/// <summary>
/// What every statutory return shares (decision 82), through a return of the tests' own: a return of several files
/// is a zip of each, one file is answered as itself under its own name, the journeys are read as recorded by an
/// instant, only returns officers and auditors may read, every call leaves one access-log row naming exactly the
/// children it holds (written before the answer, and without it nothing is answered), and refused parameters are
/// named. Each test keeps to a collection year of its own on a host with no other children.
/// </summary>
[Collection(ReturnsHost.Collection)]
public sealed class ReturnsApiTests(ReturnsHost fixture)
{
    private JourneyHost Host => fixture.Host;
    private HttpClient Officer() => Host.ClientFor("returns.officer.rae", "returns-officer");

    [Fact]
    public async Task A_return_of_several_files_is_a_zip_of_each_holding_the_years_children()
    {
        // 2015/16, by UK days (both ends in summer time): 1 April 2015 began at 23:00 UTC on 31 March 2015, and
        // 31 March 2016 ended at 23:00 UTC.
        var first = await Child(("2015-03-31T23:00:00Z", "2015-04-01T09:00:00Z"));
        var last = await Child(("2016-03-31T22:59:00Z", "2016-04-01T09:00:00Z"));
        await Child(("2015-03-31T22:59:00Z", "2015-04-01T09:00:00Z"));
        await Child(("2016-03-31T23:00:00Z", "2016-04-01T09:00:00Z"));

        var response = await Officer().GetAsync("/api/returns/test-contacts?year=2016", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        Disposition(response).ShouldBe("test-contacts-2015-16.zip");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        zip.Entries.Select(e => e.FullName).ShouldBe(["children.csv", "contacts.csv"]);
        Lines(zip.GetEntry("children.csv")!).ShouldBe(["child", .. new[] { first, last }.Order(StringComparer.Ordinal)]);
        Lines(zip.GetEntry("contacts.csv")!).Skip(1).Order().ShouldBe(new[] { $"{first},2015-04-01", $"{last},2016-03-31" }.Order());
    }

    [Fact]
    public async Task One_file_is_answered_as_itself_under_its_own_name()
    {
        var child = await Child(("2013-06-01T09:00:00Z", "2013-06-01T10:00:00Z"));

        var file = await Officer().GetAsync("/api/returns/test-contacts/contacts.csv?year=2014", TestContext.Current.CancellationToken);
        var single = await Officer().GetAsync("/api/returns/test-children?year=2014", TestContext.Current.CancellationToken);

        ((int)file.StatusCode).ShouldBe(200);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        Disposition(file).ShouldBe("contacts.csv"); // the endpoint's name, not one made from the path
        (await file.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe($"child,received\n{child},2013-06-01\n");
        ((int)single.StatusCode).ShouldBe(200);
        Disposition(single).ShouldBe("test-children-2013-14.csv");
        (await single.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe($"child\n{child}\n");
    }

    [Fact]
    public async Task Every_call_is_logged_once_as_a_read_of_exactly_the_children_it_holds()
    {
        var born = await Child(("2017-05-01T09:00:00Z", "2017-05-01T10:00:00Z"), dateOfBirth: "2010-01-01");
        var unknown = await Child(("2017-06-01T09:00:00Z", "2017-06-01T10:00:00Z"));
        var both = new[] { born, unknown }.Order(StringComparer.Ordinal).ToArray();

        foreach (var (url, children) in new[]
                 {
                     ("/api/returns/test-contacts?year=2018", both),
                     ("/api/returns/test-contacts/children.csv?year=2018", both),
                     ("/api/returns/test-contacts/missing?year=2018", [unknown]),
                 })
        {
            var (response, correlation) = await AccessLogRows.Read(Officer(), url);
            ((int)response.StatusCode).ShouldBe(200, url);

            var row = (await AccessLogRows.ByCorrelation(Host, correlation)).ShouldHaveSingleItem(url);
            row.Scope.ShouldBe("return", url);
            row.ChildIds.ShouldBe(children, url);
            row.UserName.ShouldBe("returns.officer.rae");
            row.Roles.ShouldBe(["returns-officer"]);
            row.Parameters["returnName"].ShouldBe("test-contacts");
            row.Parameters["year"].ShouldBe("2018");
            row.RefusedRule.ShouldBeNull();
        }
        var missing = await (await Officer().GetAsync("/api/returns/test-contacts/missing?year=2018", TestContext.Current.CancellationToken)).ReadJson();
        missing["childrenInReturn"]!.GetValue<int>().ShouldBe(2);
        missing["collectionYear"]!.GetValue<string>().ShouldBe("2017/18");
        var child = missing["children"]!.AsArray().ShouldHaveSingleItem()!;
        child["childId"]!.GetValue<string>().ShouldBe(unknown);
        child["items"]!.AsArray().ShouldHaveSingleItem()!["item"]!.GetValue<string>().ShouldBe("DOB");
    }

    [Fact]
    public async Task As_recorded_by_an_instant_the_return_is_as_it_stood_then()
    {
        var early = await Child(("2018-06-01T09:00:00Z", "2018-06-02T10:00:00Z"));
        var late = await Child(("2018-07-01T09:00:00Z", "2018-09-02T10:00:00Z"));
        // The early child's contact withdrawn in October: recorded in error.
        await Import(new
        {
            childId = early,
            type = "EventWithdrawn",
            occurredAt = "2018-10-01T09:00:00Z",
            recordedAt = "2018-10-01T09:05:00Z",
            recordedBy = "tm",
            data = new { step = new { type = "ContactReceived", occurredAt = "2018-06-01T09:00:00Z" }, reason = "Recorded against the wrong child" },
        });

        (await Children("2018-08-01")).ShouldBe([early]);
        (await Children("2018-09-15T00:00:00Z")).ShouldBe(new[] { early, late }.Order(StringComparer.Ordinal));
        (await Children(null)).ShouldBe([late]);
    }

    [Fact]
    public async Task Only_returns_officers_and_auditors_read_returns()
    {
        var child = await Child(("2019-06-01T09:00:00Z", "2019-06-01T10:00:00Z"));
        const string url = "/api/returns/test-children?year=2020";

        ((int)(await Officer().GetAsync(url, TestContext.Current.CancellationToken)).StatusCode).ShouldBe(200);
        ((int)(await Host.ClientFor("auditor.ann", "auditor").GetAsync(url, TestContext.Current.CancellationToken)).StatusCode).ShouldBe(200);
        foreach (var role in new[] { "analyst", "practitioner", "team-manager", "administrator", "importer", "reviewing-officer", "personal-adviser" })
        {
            var refused = await Host.ClientFor("not.an.officer", role).GetAsync(url, TestContext.Current.CancellationToken);
            ((int)refused.StatusCode).ShouldBe(403, role);
            (await refused.ReadJson())["rule"]!.GetValue<string>().ShouldBe("read-returns", role);
        }
        // The role reads returns, not children's records.
        ((int)(await Officer().GetAsync($"/api/children/{child}/timeline", TestContext.Current.CancellationToken)).StatusCode).ShouldBe(403);
        ((int)(await Officer().GetAsync("/api/measures", TestContext.Current.CancellationToken)).StatusCode).ShouldBe(403);
    }

    [Theory]
    [InlineData("/api/returns/test-contacts", 400, "year", "required")]
    [InlineData("/api/returns/test-contacts?year=twenty", 400, "year", "whole-number")]
    [InlineData("/api/returns/test-contacts?year=10000", 400, "year", "plausible-date")]
    [InlineData("/api/returns/test-contacts?year=2011", 400, "year", "collection-year")]
    [InlineData("/api/returns/test-contacts?year=2020&asRecordedAt=yesterday", 400, "asRecordedAt", "iso-8601-instant")]
    [InlineData("/api/returns/test-contacts/missing?year=2020&asRecordedAt=0020-01-01", 400, "asRecordedAt", "plausible-date")]
    [InlineData("/api/returns/no-such-return?year=2020", 404, "returnName", "known-return")]
    [InlineData("/api/returns/test-contacts/episodes.csv?year=2020", 404, "fileName", "known-file")]
    public async Task A_query_it_cannot_answer_is_refused_naming_the_parameter_and_nothing_is_logged(string url, int status, string field, string rule)
    {
        var (response, correlation) = await AccessLogRows.Read(Officer(), url);

        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var violation = (await response.ReadJson())["violations"]!.AsArray().ShouldHaveSingleItem()!;
        violation["field"]!.GetValue<string>().ShouldBe(field);
        violation["rule"]!.GetValue<string>().ShouldBe(rule);
        (await AccessLogRows.ByCorrelation(Host, correlation)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_return_that_cannot_be_logged_is_refused_and_shows_nothing()
    {
        var child = await Child(("2020-06-01T09:00:00Z", "2020-06-01T10:00:00Z"));
        var trigger = $"refuse_{child.Replace("-", "_").ToLowerInvariant()}";
        await Sql($"""
            CREATE FUNCTION journey.{trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'log unavailable'; END; $$;
            CREATE TRIGGER {trigger} BEFORE INSERT ON journey.access_log FOR EACH ROW WHEN (NEW.child_ids @> ARRAY['{child}']) EXECUTE FUNCTION journey.{trigger}();
            """);
        try
        {
            foreach (var url in new[] { "/api/returns/test-contacts?year=2021", "/api/returns/test-contacts/children.csv?year=2021", "/api/returns/test-contacts/missing?year=2021" })
            {
                var response = await Officer().GetAsync(url, TestContext.Current.CancellationToken);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                ((int)response.StatusCode).ShouldBe(503, url);
                JsonNode.Parse(body)!["type"]!.GetValue<string>().ShouldBe("https://journey.local/problems/access-not-logged");
                body.ShouldNotContain(child);
            }
        }
        finally
        {
            await Sql($"DROP TRIGGER {trigger} ON journey.access_log; DROP FUNCTION journey.{trigger}();");
        }
        ((int)(await Officer().GetAsync("/api/returns/test-contacts?year=2021", TestContext.Current.CancellationToken)).StatusCode).ShouldBe(200);
    }

    /// <summary>The children of the one-file return for 2018/19 as recorded by <paramref name="asRecordedAt"/> (now when null).</summary>
    private async Task<string[]> Children(string? asRecordedAt)
    {
        var url = "/api/returns/test-children?year=2019" + (asRecordedAt is null ? "" : $"&asRecordedAt={Uri.EscapeDataString(asRecordedAt)}");
        var response = await Officer().GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(200, text);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
    }

    /// <summary>A new child with a contact received and recorded when given (and a date of birth, recorded with it, when given).</summary>
    private async Task<string> Child((string Received, string Recorded) contact, string? dateOfBirth = null)
    {
        var child = JourneyApi.NewChildId();
        var lines = new List<object>
        {
            new { childId = child, type = "ContactReceived", occurredAt = contact.Received, recordedAt = contact.Recorded, recordedBy = "mash.legacy",
                data = new { source = "2A", concerns = "c", consent = "Given" } },
        };
        if (dateOfBirth is not null)
            lines.Add(new
            {
                childId = child,
                type = "ChildDetailsRecorded",
                occurredAt = contact.Recorded,
                recordedAt = contact.Recorded,
                recordedBy = "mash.legacy",
                data = new { dateOfBirth, gender = "F", ethnicity = "WBRI" }
            });
        await Import([.. lines]);
        return child;
    }

    private async Task Import(params object[] lines)
    {
        var content = new StringContent(string.Join("\n", lines.Select(l => JsonSerializer.Serialize(l))) + "\n", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await Host.ClientFor("migration.officer", "importer").PostAsync("/api/import", content, TestContext.Current.CancellationToken);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        report["refused"]!.GetValue<int>().ShouldBe(0, report.ToJsonString());
    }

    private static string? Disposition(HttpResponseMessage response)
    {
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        return response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName?.Trim('"');
    }

    private static string[] Lines(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private async Task Sql(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
