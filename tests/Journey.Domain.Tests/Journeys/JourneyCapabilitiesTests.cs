using Journey.Domain.Journeys;

namespace Journey.Domain.Tests.Journeys;

/// <summary>
/// The central lists are assembled from what each capability declares (decision 114): an event no capability
/// declares would not be registered with the store, so a stream holding it could not be read back.
/// </summary>
public sealed class JourneyCapabilitiesTests
{
    private static readonly Type[] EveryEventInTheDomain = typeof(IJourneyEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IJourneyEvent).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void Every_event_of_the_domain_is_declared_by_exactly_one_capability()
    {
        // Given every event type the domain defines
        var declaredBy = JourneyCapabilities.All.SelectMany(c => c.Events.Select(e => (Event: e, c.Name))).ToLookup(d => d.Event, d => d.Name);

        // Then each is declared once: none left out, none claimed by two capabilities
        EveryEventInTheDomain.Where(e => declaredBy[e].Count() != 1)
            .Select(e => $"{e.Name}: {string.Join(", ", declaredBy[e].DefaultIfEmpty("no capability"))}")
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_store_registers_every_event_of_the_domain_under_its_own_name_in_name_order() =>
        JourneyEventTypes.All.Select(t => t.Name).ShouldBe(EveryEventInTheDomain.Select(t => t.Name).Order());

    [Fact]
    public void A_step_command_lives_in_the_same_capability_as_the_event_it_appends() =>
        JourneySteps.All.Where(s => s.Command.Namespace != s.Event.Namespace)
            .Select(s => $"{s.Command.Name} ({s.Command.Namespace}) appends {s.Event.Name} ({s.Event.Namespace})")
            .ShouldBeEmpty();

    [Fact]
    public void Each_step_is_declared_once() =>
        JourneySteps.All.GroupBy(s => s.Event).Where(g => g.Count() > 1).Select(g => g.Key.Name).ShouldBeEmpty();
}
