using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns.Cin;

/// <summary>A synthetic authority-year (the generator's, from 1 April 2025) and nothing else, for its CIN census of 2025/26.</summary>
public sealed class GeneratedYearHost : IAsyncLifetime
{
    public const int Children = 150;

    public JourneyHost Host { get; } = new()
    {
        DemoJourneys = false,
        SyntheticChildren = Children,
    };

    public ValueTask InitializeAsync() => Host.InitializeAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

/// <summary>
/// The generator's year through the census and the real validator: the file the generated journeys make breaks no
/// rule beyond what the return reports missing (docs/returns.md, "What the validator finds").
/// </summary>
public sealed class CinGeneratedReturnTests(GeneratedYearHost fixture) : IClassFixture<GeneratedYearHost>
{
    [Fact]
    public async Task The_validator_finds_no_error_in_a_generated_years_census()
    {
        var officer = fixture.Host.ClientFor("returns.officer.rae", "returns-officer");
        var census = await officer.GetByteArrayAsync("/api/returns/cin/cin-census.xml?year=2026", TestContext.Current.CancellationToken);
        var file = Path.Combine(Directory.CreateTempSubdirectory("cin-").FullName, "cin-census.xml");
        await File.WriteAllBytesAsync(file, census, TestContext.Current.CancellationToken);

        var result = await ReturnsValidators.Cin(file, 2026);
        TestContext.Current.TestOutputHelper?.WriteLine(result.ToJsonString());

        // Most generated children have a contact and no referral; the rest are children in need.
        result["children"]!.GetValue<int>().ShouldBeGreaterThan(10);
        result["crashed_rules"]!.AsObject().ShouldBeEmpty();
        result["issues"]!.AsArray().Where(i => i!["kind"]!.GetValue<string>() == "error").ShouldBeEmpty(result["issues"]!.ToJsonString());
    }
}
