using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Demo;

/// <summary>The demo journeys the run command loads pass the rules and show each measure outcome.</summary>
public sealed class DemoJourneyTests(JourneyHost host)
{
    [Fact]
    public async Task Every_demo_journey_is_loaded_through_the_rules()
    {
        var client = host.ClientFor("auditor", "auditor");
        var lines = File.ReadAllLines(JourneyHost.DemoDataPath).Where(l => l.Length > 0).ToArray();
        var expectedChildren = lines.Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!["childId"]!.GetValue<string>()).Distinct().ToArray();
        var loadedEvents = 0;
        foreach (var child in expectedChildren) loadedEvents += (await client.Timeline(child)).Count;
        // Two commands append two events each: a discussion starting a section 47, a conference starting a plan.
        loadedEvents.ShouldBeGreaterThanOrEqualTo(lines.Length);
        (await client.Timeline("DEMO-0003")).Select(e => e!["type"]!.GetValue<string>()).ShouldContain("ProtectionPlanStarted");
    }

    [Fact]
    public async Task Demo_measures_show_met_late_and_open_clocks()
    {
        var rows = await host.ClientFor("analyst.kim").GetArray($"/api/measures?asAt={DemoCoverageTests.PinnedInstant}");
        string Status(string child, string measure) => rows.Single(r =>
            r!["childId"]!.GetValue<string>() == child && r["measure"]!.GetValue<string>() == measure)!["status"]!.GetValue<string>();

        Status("DEMO-0001", "front-door-decision").ShouldBe("met");
        Status("DEMO-0001", "contact-decision-24h").ShouldBe("late");
        Status("DEMO-0003", "initial-conference").ShouldBe("met");
        Status("DEMO-0004", "initial-conference").ShouldBe("late");
        Status("DEMO-0005", "assessment").ShouldBe("open-in-time");
        Status("DEMO-0006", "assessment").ShouldBe("open-overdue");
        rows.ShouldNotContain(r => r!["childId"]!.GetValue<string>() == "DEMO-0007" && r["measure"]!.GetValue<string>() == "initial-conference");
    }
}
