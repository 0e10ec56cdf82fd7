using Journey.Api.Returns;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Journey.IntegrationTests.Returns.Ssda903;

/// <summary>
/// A generated authority-year (the synthetic journeys the run command loads, through the import's rules) makes a
/// 2025/26 SSDA903 return the validator finds nothing wrong with: what the generator writes, the return carries
/// faithfully, and the validator agrees with both (decision 89). Fails when the validator is missing.
/// </summary>
public sealed class Ssda903GeneratedYearTests
{
    [Fact]
    public async Task A_generated_years_return_is_one_the_SSDA903_validator_finds_nothing_wrong_with()
    {
        await using var host = new JourneyHost
        {
            DemoJourneys = false,
            SyntheticChildren = 900,
        };
        await host.InitializeAsync();
        var directory = Directory.CreateTempSubdirectory("ssda903-generated-").FullName;
        try
        {
            var output = new StringWriter();
            (await ReturnWriter.Write(new ReturnRequest("ssda903", 2026, null, "validator.test", directory),
                host.Services.GetRequiredService<StatutoryReturns>(), host.Store, TimeProvider.System, output,
                TestContext.Current.CancellationToken)).ShouldBeTrue(output.ToString());

            var (exit, report, log) = await ReturnsValidators.Ssda903(directory, "--year", "2026", "--la", Ssda903ValidatorTests.DemoAuthority,
                "--details", "5", "--json", "-");

            report.ShouldNotBeNull(log);
            report["tables"]!["Episodes"]!.GetValue<int>().ShouldBeGreaterThan(0, "children of the generated year are looked after in 2025/26");
            report["issues"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()).ShouldBeEmpty(log);
            exit.ShouldBe(0, log);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
