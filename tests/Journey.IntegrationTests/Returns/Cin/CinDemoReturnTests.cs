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
        // The census's ids are letters and digits (rule 1580, decision 95); the access log names Journey's own.
        children.ShouldBe(Children2025To26.Select(id => id.Replace("-", "", StringComparison.Ordinal)));
        (await AccessLogRows.ByCorrelation(Host, correlation)).ShouldHaveSingleItem().ChildIds.ShouldBe(Children2025To26);

        // DEMO-0013: emotional abuse, a plan from 4 November 2025, recategorised as neglect at the review of 3 February 2026.
        var plan = message.Descendants("Child").Single(c => c.Element("ChildIdentifiers")!.Element("LAchildID")!.Value == "DEMO0013")
            .Element("CINdetails")!.Element("ChildProtectionPlans")!;
        (plan.Element("CPPstartDate")!.Value, plan.Element("InitialCategoryOfAbuse")!.Value, plan.Element("LatestCategoryOfAbuse")!.Value)
            .ShouldBe(("2025-11-04", "EMO", "NEG"));
        plan.Element("CPPendDate").ShouldBeNull("the plan ended in August 2026, after the reference date");
        plan.Element("Reviews")!.Elements("CPPreviewDate").Select(r => r.Value).ShouldBe(["2026-02-03"]);
    }

    [Fact]
    public async Task The_validator_finds_nothing_in_the_demo_sets_census()
    {
        var census = await Officer().GetByteArrayAsync("/api/returns/cin/cin-census.xml?year=2026", TestContext.Current.CancellationToken);
        var file = Path.Combine(Directory.CreateTempSubdirectory("cin-").FullName, "cin-census.xml");
        await File.WriteAllBytesAsync(file, census, TestContext.Current.CancellationToken);

        var result = await ReturnsValidators.Cin(file, 2026);
        TestContext.Current.TestOutputHelper?.WriteLine(result.ToJsonString());

        result["ruleset"]!.GetValue<string>().ShouldBe("cin2025_26");
        result["children"]!.GetValue<int>().ShouldBe(Children2025To26.Length);
        result["crashed_rules"]!.AsObject().ShouldBeEmpty();
        // No error and no query: every item the census asks is recorded in the demo set (docs/returns.md).
        result["issues"]!.AsArray().ShouldBeEmpty(result["issues"]!.ToJsonString());
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
