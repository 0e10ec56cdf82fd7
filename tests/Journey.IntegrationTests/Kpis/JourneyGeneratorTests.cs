using Journey.Synthetic;

namespace Journey.IntegrationTests.Kpis;

public sealed class JourneyGeneratorTests
{
    private static readonly GeneratorOptions Options = new(11, new DateOnly(2023, 4, 1), 1, 200, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_same_options_give_the_same_lines()
    {
        JourneyGenerator.Lines(Options).ToList().ShouldBe(JourneyGenerator.Lines(Options).ToList());
    }

    [Fact]
    public void Another_seed_gives_other_journeys()
    {
        JourneyGenerator.Lines(Options with { Seed = 12 }).ToList().ShouldNotBe(JourneyGenerator.Lines(Options).ToList());
    }

    [Fact]
    public void Nothing_is_dated_after_now()
    {
        var now = new DateTimeOffset(2023, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var lines = JourneyGenerator.Lines(Options with { Now = now }).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => l.GetProperty("occurredAt").GetDateTimeOffset() <= now && l.GetProperty("recordedAt").GetDateTimeOffset() <= now);
    }
}
