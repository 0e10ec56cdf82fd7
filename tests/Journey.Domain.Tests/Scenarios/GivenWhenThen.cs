using Journey.Domain.Journeys;

namespace Journey.Domain.Tests.Scenarios;

/// <summary>
/// Domain tests read as given / when / then: <c>Given(journey).When(command).ShouldAppend(...)</c>. Given a
/// journey (built by <see cref="JourneyBuilder"/>, each step a real command), when a command is decided against it
/// (at <see cref="Moments.Now"/> unless the test names another time), then the decision appends or refuses
/// (<see cref="DecisionAssertions"/>).
/// </summary>
internal static class GivenWhenThen
{
    public static Scenario Given(ChildJourney journey) => new(journey);
}

/// <summary>A journey a command is about to be decided against.</summary>
internal readonly record struct Scenario(ChildJourney Journey)
{
    public Decision When(IJourneyCommand command) => command.Decide(Journey, Moments.Now);

    public Decision When(IJourneyCommand command, DateTimeOffset now) => command.Decide(Journey, now);
}
