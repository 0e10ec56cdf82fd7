using System.Text.Json.Nodes;
using Journey.Api.Authorisation;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Roles;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Journey.IntegrationTests.Access.BirthdayClockChildren;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// What an analyst sees of the clocks that run from birthdays, through the API (decision 63): the auditor's row
/// with the child's pseudonym and without its start, due date and elapsed time, from which the date of birth could
/// be worked out; no list shows an analyst any date a child's date of birth gives; and an analyst's filters and order
/// do not follow those dates. The same in SQL: AnalystBirthdaySqlTests.
/// </summary>
public sealed class AnalystBirthdayTests(JourneyHost host)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpClient Analyst => host.ClientFor("analyst.kim", "analyst");
    private HttpClient Auditor => host.ClientFor("auditor.ann", "auditor");
    private string Pseudonym(string child) => host.Services.GetRequiredService<Pseudonyms>().Child(child);

    private static readonly string[] BirthdayDatedJson = ["startAt", "startDate", "dueDate", "dueAt", "elapsed"];

    [Fact]
    public async Task An_analyst_reads_a_birthday_clocks_row_as_the_auditor_does_without_its_start_due_date_or_elapsed_time()
    {
        var children = await Record(host);
        var team = Uri.EscapeDataString(children.Team);
        foreach (var url in new[] { $"/api/measures?team={team}", $"/api/open-clocks?team={team}" })
        {
            var audited = (await Auditor.GetArray(url)).Select(r => r!.AsObject()).Where(r => IsBirthdayClock(r["measure"])).ToArray();
            audited.Length.ShouldBeGreaterThanOrEqualTo(url.Contains("open-clocks") ? 2 : 4, url);
            var seen = (await Analyst.GetArray(url)).Select(r => r!.AsObject()).ToDictionary(r => $"{r["childId"]}:{r["measure"]}:{r["episode"]}");
            foreach (var row in audited)
            {
                row["startDate"].ShouldNotBeNull(url);
                row["dueDate"].ShouldNotBeNull(url);
                var expected = row.DeepClone().AsObject();
                expected["childId"] = Pseudonym(row["childId"]!.GetValue<string>());
                expected.Remove("worker");
                foreach (var field in BirthdayDatedJson.Where(expected.ContainsKey)) expected[field] = null;
                var analysts = seen[$"{expected["childId"]}:{row["measure"]}:{row["episode"]}"];
                analysts.ToJsonString().ShouldBe(expected.ToJsonString(), url);
            }
        }
    }

    [Fact]
    public async Task An_analysts_CSV_of_measures_leaves_a_birthday_clocks_start_due_date_and_elapsed_time_empty()
    {
        var children = await Record(host);
        var url = $"/api/measures.csv?team={Uri.EscapeDataString(children.Team)}";
        var audited = Csv(await Auditor.GetStringAsync(url, Cancel)).Where(r => IsBirthdayClock(r["measure"])).ToArray();
        audited.Length.ShouldBe(4);
        var seen = Csv(await Analyst.GetStringAsync(url, Cancel)).ToDictionary(r => $"{r["child_id"]}:{r["measure"]}:{r["episode"]}");
        foreach (var row in audited)
        {
            row["start_date"].ShouldNotBeEmpty();
            row["due_date"].ShouldNotBeEmpty();
            var expected = new Dictionary<string, string>(row) { ["child_id"] = Pseudonym(row["child_id"]) };
            expected.Remove("worker");
            foreach (var column in new[] { "start_at", "start_date", "due_date", "due_at", "elapsed" }) expected[column] = "";
            seen[$"{expected["child_id"]}:{row["measure"]}:{row["episode"]}"].ShouldBe(expected);
        }
    }

    [Fact]
    public async Task No_list_shows_an_analyst_a_date_that_a_childs_date_of_birth_gives()
    {
        var children = await Record(host);
        var dates = new Dictionary<string, IReadOnlyList<string>>
        {
            [children.InCareAt16] = DatesFrom(InCareAt16Born),
            [children.CareLeaver] = DatesFrom(CareLeaverBorn),
        };
        // The auditor's measures show them: the search below finds what it looks for.
        var named = await Auditor.GetStringAsync($"/api/measures?team={Uri.EscapeDataString(children.Team)}", Cancel);
        named.ShouldContain("2027-10-13");
        named.ShouldContain("2025-06-21");

        var shown = new List<string>();
        var found = new HashSet<string>();
        foreach (var url in Lists())
        {
            var response = await Analyst.GetAsync(url, Cancel);
            var text = await response.Content.ReadAsStringAsync(Cancel);
            ((int)response.StatusCode).ShouldBe(200, $"{url}: {text}");
            foreach (var (child, birthdayDates) in dates)
            {
                var pseudonym = Pseudonym(child);
                var rows = response.Content.Headers.ContentType?.MediaType == "text/csv"
                    ? text.Split("\r\n").Where(line => line.Contains(pseudonym, StringComparison.Ordinal)).ToArray()
                    : JsonNode.Parse(text)!.AsArray().Where(r => r!["childId"]?.GetValue<string>() == pseudonym).Select(r => r!.ToJsonString()).ToArray();
                if (rows.Length > 0) found.Add($"{url}:{child}");
                shown.AddRange(from row in rows from date in birthdayDates where row.Contains(date, StringComparison.Ordinal) select $"{url} shows {date}: {row}");
            }
        }

        shown.ShouldBeEmpty();
        found.ShouldContain($"/api/measures:{children.InCareAt16}");
        found.ShouldContain($"/api/open-clocks:{children.InCareAt16}");
        found.ShouldContain($"/api/measures.csv:{children.CareLeaver}");
        found.ShouldContain($"/api/care-leavers/in-touch:{children.CareLeaver}");
    }

    [Fact]
    public async Task An_analysts_period_and_order_do_not_follow_a_birthday_clocks_dates()
    {
        var children = await Record(host);
        // The 18th birthday as the due date, the 16th as the start: the auditor finds the child by either, the analyst by neither.
        foreach (var url in new[]
                 {
                     $"/api/measures?measure={Adviser}&periodBy=due&from=2027-10-13&to=2027-10-13",
                     $"/api/measures?measure={Needs}&periodBy=start&from=2025-10-13&to=2025-10-13",
                 })
        {
            (await Auditor.GetArray(url)).ShouldContain(r => r!["childId"]!.GetValue<string>() == children.InCareAt16, url);
            (await Analyst.GetArray(url)).ShouldNotContain(r => r!["childId"]!.GetValue<string>() == Pseudonym(children.InCareAt16), url);
        }
        // By start the care leaver (2023) comes first; for the analyst, by id, the child 16 in care does.
        var list = $"/api/measures?measure={Adviser}&team={Uri.EscapeDataString(children.Team)}";
        (await Auditor.GetArray(list)).Select(r => r!["childId"]!.GetValue<string>()).ShouldBe([children.CareLeaver, children.InCareAt16]);
        (await Analyst.GetArray(list)).Select(r => r!["childId"]!.GetValue<string>()).ShouldBe([Pseudonym(children.InCareAt16), Pseudonym(children.CareLeaver)]);
    }

    [Fact]
    public async Task An_analyst_may_not_pick_care_leavers_by_birthday_and_sees_their_age()
    {
        var children = await Record(host);
        foreach (var url in new[] { "/api/care-leavers/in-touch?from=2026-06-21&to=2026-06-21", "/api/care-leavers/in-touch.csv?from=2026-06-21", "/api/care-leavers/in-touch?to=2026-06-21" })
        {
            var refused = await Analyst.GetAsync(url, Cancel);
            ((int)refused.StatusCode).ShouldBe(403, url);
            (await refused.ReadJson())["rule"]!.GetValue<string>().ShouldBe(JourneyAccessHandler.PseudonymisedRows);
            ((int)(await Auditor.GetAsync(url, Cancel)).StatusCode).ShouldBe(200, url);
        }
        (await Auditor.GetArray("/api/care-leavers/in-touch?from=2026-06-21&to=2026-06-21"))
            .ShouldContain(r => r!["childId"]!.GetValue<string>() == children.CareLeaver && r["birthday"]!.GetValue<string>() == "2026-06-21");
        var row = (await Analyst.GetArray("/api/care-leavers/in-touch")).Single(r => r!["childId"]!.GetValue<string>() == Pseudonym(children.CareLeaver))!.AsObject();
        row["age"]!.GetValue<int>().ShouldBe(19);
        row["inTouch"]!.GetValue<bool>().ShouldBeTrue();
        row.ContainsKey("birthday").ShouldBeFalse();
    }

    private static bool IsBirthdayClock(JsonNode? measure) => measure is not null && PseudonymisedColumns.BirthdayMeasures.Contains(measure.GetValue<string>());

    private static bool IsBirthdayClock(string measure) => PseudonymisedColumns.BirthdayMeasures.Contains(measure);

    /// <summary>The rows of a CSV answer by column name (these rows hold no quoted commas).</summary>
    private static IEnumerable<Dictionary<string, string>> Csv(string text)
    {
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(line => header.Zip(line.Split(','), (name, value) => (name, value)).ToDictionary(c => c.name, c => c.value));
    }

    /// <summary>Every list of children's rows an analyst may read, as ListScopeTests finds them, with what each needs to show rows.</summary>
    private IEnumerable<string> Lists() => host.Services.GetServices<EndpointDataSource>()
        .SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Single() == "GET"
                    && e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
                    && AccessRules.For("GET", e.RoutePattern.RawText) == AccessRules.ReadRows)
        .Select(e => e.RoutePattern.RawText!)
        .Select(route => route == "/api/kpi-pack/children" ? route + "?month=2026-11" : route)
        .Order(StringComparer.Ordinal);
}
