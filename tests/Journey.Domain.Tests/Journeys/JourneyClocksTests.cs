using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Supervision;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Scenarios.ClockScenario;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Journeys;

/// <summary>
/// The clocks are declared by each capability and assembled (decision 116): every measure named once, by a
/// capability, with a rule to time it; each capability gives the changes of its own events only.
/// </summary>
public sealed class JourneyClocksTests
{
    private static readonly IEnumerable<(JourneyCapability Capability, CapabilityClocks Clocks)> Declared =
        JourneyCapabilities.All.Where(c => c.Clocks is not null).Select(c => (c, c.Clocks!));

    [Fact]
    public void No_two_capabilities_name_the_same_measure() =>
        Measures.All.GroupBy(m => m).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();

    [Fact]
    public void Every_measure_named_has_a_rule_in_the_default_rulebook() =>
        Measures.All.Except(TimescaleRulebook.Default.Rules.Select(r => r.Measure)).ShouldBeEmpty();

    [Fact]
    public void A_capability_gives_the_clock_changes_of_its_own_events_only() =>
        Declared.SelectMany(d => d.Clocks.Events.Where(e => !d.Capability.Events.Contains(e.Event)).Select(e => $"{d.Capability.Name}: {e.Event.Name}"))
            .ShouldBeEmpty();

    [Fact]
    public void No_event_is_given_its_clock_changes_twice() =>
        Declared.SelectMany(d => d.Clocks.Events).GroupBy(e => e.Event).Where(g => g.Count() > 1).Select(g => g.Key.Name).ShouldBeEmpty();

    [Fact]
    public void A_correction_or_withdrawal_is_about_the_step_it_changes_and_a_step_about_itself()
    {
        var contact = new ContactReceived(1, Day1, "2A", "Bruising seen at school", ConsentStatus.Given, null, false);

        JourneyClocks.Of(contact, 1).StepVersion.ShouldBe(1);
        JourneyClocks.Of(new EventCorrected(1, contact, contact with { OccurredAt = Day1.AddHours(-1) }, "Mistyped", Now), 5).StepVersion.ShouldBe(1);
        JourneyClocks.Of(new EventWithdrawn(1, contact, "Recorded in error", Now), 6).StepVersion.ShouldBe(1);
    }

    [Fact]
    public void A_step_no_capability_gives_clock_changes_moves_no_clock_recorded_corrected_or_withdrawn()
    {
        var supervision = new SupervisionHeld(Day1, "tm.priya");

        GivenStep(supervision).WhenRecorded().ShouldChangeNoClock();
        GivenStep(supervision).WhenCorrectedTo(supervision with { OccurredAt = Day1.AddHours(1) }).ShouldChangeNoClock();
        GivenStep(supervision).WhenWithdrawn().ShouldChangeNoClock();
    }
}
