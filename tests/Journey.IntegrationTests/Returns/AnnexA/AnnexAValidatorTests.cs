using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Journey.IntegrationTests.Returns.AnnexA;

/// <summary>
/// The demo set's Annex A, as the returns officer downloads it, through the Annex A checks authorities use (Social
/// Finance's liia-tools, vendored in shared/tools/returns-validators): every sheet is matched to its list, and the
/// only issues are those docs/returns.md lists as remaining, each for a reason it gives.
/// </summary>
[Collection(AnnexADemoHost.Collection)]
public sealed class AnnexAValidatorTests(AnnexADemoHost fixture)
{
    [Fact]
    public async Task The_demo_workbook_passes_the_Annex_A_checks_but_for_what_the_journeys_do_not_yet_record()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var response = await fixture.Host.ClientFor("returns.officer.rae", "returns-officer")
            .GetAsync($"/api/returns/annex-a/annex-a.xlsx?periodEnd={AnnexADemoHost.PeriodEnd}", cancellation);
        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync(cancellation));
        var directory = Directory.CreateTempSubdirectory("annex-a-").FullName;
        var workbook = Path.Combine(directory, "annex-a.xlsx");
        await File.WriteAllBytesAsync(workbook, await response.Content.ReadAsByteArrayAsync(cancellation), cancellation);

        var (_, report, log) = await AnnexAValidator.Check(workbook, cancellation);

        report["sheets"]!.AsArray().Select(s => (s!["sheet"]!.GetValue<string>(), s["list"]?.GetValue<string>()))
            .ShouldBe(Enumerable.Range(1, 11).Select(n => ($"List {n}", (string?)$"List {n}")), log);
        Issues(report).ShouldBe(Remaining.Order().ToArray(), report.ToJsonString());
    }

    [Fact]
    public async Task Each_list_as_CSV_passes_the_same_checks_as_the_workbook()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var response = await fixture.Host.ClientFor("returns.officer.rae", "returns-officer")
            .GetAsync($"/api/returns/annex-a?periodEnd={AnnexADemoHost.PeriodEnd}", cancellation);
        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync(cancellation));
        var directory = Directory.CreateTempSubdirectory("annex-a-csv-").FullName;
        using (var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(cancellation)))
            foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.Ordinal)))
                entry.ExtractToFile(Path.Combine(directory, entry.Name));

        var (_, report, log) = await AnnexAValidator.Check(directory, cancellation);

        report["sheets"]!.AsArray().Select(s => s!["list"]?.GetValue<string>()).Order().ShouldBe(Enumerable.Range(1, 11).Select(n => (string?)$"List {n}").Order(), log);
        Issues(report).ShouldBe(Remaining.Order().ToArray(), report.ToJsonString());
    }

    private static string[] Issues(JsonObject report) => report["issues"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()).Order().ToArray();

    /// <summary>What the checks still find in the demo's workbook, each explained in docs/returns.md ("Annex A: what the checks say").</summary>
    private static readonly string[] Remaining =
    [
        // The 2024 template's checks accept only NIR, WAL, SCO, NUK and CON as the placement's authority: an English
        // authority's name (Sandwell) is not among them.
        "FORMAT:List 8:LA of Placement",
        // K3 (supported accommodation, an SSDA903 placement type from 2025-26) and source 5D (early help, a CIN census
        // source since 2020) are not among the 2024 template's categories.
        "FORMAT:List 8:Placement Type", "FORMAT:List 1:Contact Source", "FORMAT:List 3:Referral Source",
        // A qualifying care leaver with no care leaver contact recorded: whether the authority is in touch is not known.
        "BLANK:List 9:LA in Touch",
    ];
}
