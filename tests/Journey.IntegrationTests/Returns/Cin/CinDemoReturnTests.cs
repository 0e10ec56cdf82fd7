using System.Text.Json.Nodes;
using System.Xml.Linq;
using Journey.IntegrationTests.Access;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns.Cin;

/// <summary>
/// The demo set's CIN census of 2025/26 through the API, and the real validator on it (Data to Insight's
/// csc-validator-be-cin, ../shared/tools/returns-validators): the validator may flag only what the return itself
/// reports missing (docs/returns.md lists each, and why). The host holds the demo journeys and nothing else that
/// reaches a census.
/// </summary>
[Collection(ReturnsHost.Collection)]
public sealed class CinDemoReturnTests(ReturnsHost fixture)
{
    /// <summary>The demo's children with an episode of need open between 1 April 2025 and 31 March 2026 (seeds/demo/README.md).</summary>
    public static readonly string[] Children2025To26 =
        ["DEMO-0013", "DEMO-0020", "DEMO-0021", "DEMO-0024", "DEMO-0026", "DEMO-0027", "DEMO-0028", "DEMO-0031", "DEMO-0032", "DEMO-0033", "DEMO-0035"];

    /// <summary>
    /// What the validator may still find in the demo's census, and why (docs/returns.md, "What the validator finds"):
    /// every child's other item is recorded.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Explained = new Dictionary<string, string>
    {
        ["1580"] = "the demo's child ids (DEMO-0013) hold a hyphen; the return reports each as LAchildID",
    };

    /// <summary>The item the return reports missing for the children a child-level rule flags.</summary>
    private static readonly IReadOnlyDictionary<string, string> ReportedAs = new Dictionary<string, string>
    {
        ["1580"] = "LAchildID",
    };

    private JourneyHost Host => fixture.Host;
    private HttpClient Officer() => Host.ClientFor("returns.officer.rae", "returns-officer");

    [Fact]
    public async Task The_demo_sets_census_holds_every_child_in_need_during_the_year_under_the_authoritys_header()
    {
        var (response, correlation) = await AccessLogRows.Read(Officer(), "/api/returns/cin?year=2026");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(200, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("cin-2025-26.xml");
        var message = XDocument.Parse(text).Root!;
        var source = message.Element("Header")!.Element("Source")!;
        (source.Element("SourceLevel")!.Value, source.Element("LEA")!.Value, source.Element("SoftwareCode")!.Value, source.Element("SerialNo")!.Value)
            .ShouldBe(("L", "333", "Journey", "001"));
        message.Element("Header")!.Element("CollectionDetails")!.Element("ReferenceDate")!.Value.ShouldBe("2026-03-31");
        var children = message.Element("Children")!.Elements("Child").Select(c => c.Element("ChildIdentifiers")!.Element("LAchildID")!.Value).ToArray();
        children.ShouldBe(Children2025To26);
        (await AccessLogRows.ByCorrelation(Host, correlation)).ShouldHaveSingleItem().ChildIds.ShouldBe(Children2025To26);

        // DEMO-0013: emotional abuse, a plan from 4 November 2025, recategorised as neglect at the review of 3 February 2026.
        var plan = message.Descendants("Child").Single(c => c.Element("ChildIdentifiers")!.Element("LAchildID")!.Value == "DEMO-0013")
            .Element("CINdetails")!.Element("ChildProtectionPlans")!;
        (plan.Element("CPPstartDate")!.Value, plan.Element("InitialCategoryOfAbuse")!.Value, plan.Element("LatestCategoryOfAbuse")!.Value)
            .ShouldBe(("2025-11-04", "EMO", "NEG"));
        plan.Element("CPPendDate").ShouldBeNull("the plan ended in August 2026, after the reference date");
        plan.Element("Reviews")!.Elements("CPPreviewDate").Select(r => r.Value).ShouldBe(["2026-02-03"]);
    }

    [Fact]
    public async Task The_validator_finds_in_the_demo_sets_census_only_what_the_return_reports_missing()
    {
        var census = await Officer().GetByteArrayAsync("/api/returns/cin/cin-census.xml?year=2026", TestContext.Current.CancellationToken);
        var missing = await (await Officer().GetAsync("/api/returns/cin/missing?year=2026", TestContext.Current.CancellationToken)).ReadJson();
        var file = Path.Combine(Directory.CreateTempSubdirectory("cin-").FullName, "cin-census.xml");
        await File.WriteAllBytesAsync(file, census, TestContext.Current.CancellationToken);

        var result = await ReturnsValidators.Cin(file, 2026);
        TestContext.Current.TestOutputHelper?.WriteLine(result.ToJsonString());

        result["ruleset"]!.GetValue<string>().ShouldBe("cin2025_26");
        result["children"]!.GetValue<int>().ShouldBe(Children2025To26.Length);
        result["crashed_rules"]!.AsObject().ShouldBeEmpty();
        var fired = result["issues"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()).ToArray();
        fired.Where(code => !Explained.ContainsKey(code)).ShouldBeEmpty($"rules the return's missing items do not explain: {result["issues"]!.ToJsonString()}");
        var reported = missing["children"]!.AsArray()
            .SelectMany(c => c!["items"]!.AsArray().Select(i => (Child: c["childId"]!.GetValue<string>(), Item: i!["item"]!.GetValue<string>())))
            .ToHashSet();
        foreach (var code in fired.Where(ReportedAs.ContainsKey))
            foreach (var location in result["locations"]![code]!.AsArray())
                reported.ShouldContain((location!["LAchildID"]!.GetValue<string>(), ReportedAs[code]), $"rule {code}");
    }

    [Fact]
    public async Task A_year_the_specification_does_not_cover_is_refused()
    {
        var response = await Officer().GetAsync("/api/returns/cin?year=2027", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(400);
        var violation = (await response.ReadJson())["violations"]!.AsArray().ShouldHaveSingleItem()!;
        (violation["field"]!.GetValue<string>(), violation["rule"]!.GetValue<string>()).ShouldBe(("year", "collection-year"));
    }
}
