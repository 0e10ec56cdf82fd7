using System.Text.RegularExpressions;
using Journey.Api.Returns;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Journey.IntegrationTests.Returns.Ssda903;

/// <summary>
/// The demo set's SSDA903 return for 2025/26, written by the returns command's own code, read by the validator local
/// authorities run on it (Data to Insight's csc-validator-be-903, 2025/26 rules): every file is recognised by its
/// header row, and what it finds is exactly what docs/returns.md lists and explains (decision 89), so a finding that
/// appears or goes is written down. Fails when the validator is missing.
/// </summary>
[Collection(DemoReturnHost.Collection)]
public sealed partial class Ssda903ValidatorTests(DemoReturnHost fixture)
{
    /// <summary>The demo authority's ONS code (Sandwell, E08000028): the validator compares placements' authorities with it.</summary>
    public const string DemoAuthority = "E08000028";

    /// <summary>The heading in docs/returns.md above the table of the validator's findings on the demo set.</summary>
    public const string FindingsHeading = "### What the validator finds in the demo set's return";

    [Fact]
    public async Task The_demo_sets_return_is_read_whole_by_the_SSDA903_validator_which_finds_only_what_the_docs_explain()
    {
        var directory = Directory.CreateTempSubdirectory("ssda903-").FullName;
        try
        {
            var output = new StringWriter();
            (await ReturnWriter.Write(new ReturnRequest("ssda903", 2026, null, "validator.test", directory),
                fixture.Host.Services.GetRequiredService<StatutoryReturns>(), fixture.Host.Store, TimeProvider.System, output,
                TestContext.Current.CancellationToken)).ShouldBeTrue(output.ToString());

            var (exit, report, log) = await Ssda903Validator.Run(directory, "--year", "2026", "--la", DemoAuthority, "--details", "5", "--json", "-");

            exit.ShouldBeOneOf([0, 1], $"0: nothing found, 1: findings; anything else means the return was not read. {log}");
            report.ShouldNotBeNull(log);
            report["ruleset"]!.GetValue<string>().ShouldBe("lac2025_26");
            var tables = report["tables"]!.AsObject();
            tables.Select(t => t.Key).Order().ToArray().ShouldBe(
                new[] { "AD1", "Episodes", "Header", "Missing", "OC2", "OC3", "PlacedAdoption", "PrevPerm", "Reviews", "SWEpisodes", "UASC" }, customMessage: log);
            tables["Episodes"]!.GetValue<int>().ShouldBeGreaterThan(0, "the demo set has children looked after in 2025/26");
            var found = report["issues"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()).Order().ToArray();
            found.ShouldBe(Documented(), customMessage: $"the validator's findings on the demo set, and those docs/returns.md explains under \"{FindingsHeading}\"\n{log}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The rule codes of the findings table in docs/returns.md: each row's first cell, in backticks.</summary>
    private static string[] Documented()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "returns.md"));
        var start = docs.IndexOf(FindingsHeading, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"docs/returns.md has the heading {FindingsHeading}");
        var section = docs[(start + FindingsHeading.Length)..];
        var next = section.IndexOf("\n#", StringComparison.Ordinal);
        if (next >= 0) section = section[..next];
        return FindingRow().Matches(section).Select(m => m.Groups[1].Value).Order().ToArray();
    }

    [GeneratedRegex(@"^\| `([0-9A-Za-z]+)` \|", RegexOptions.Multiline)]
    private static partial Regex FindingRow();
}
