using Journey.Domain.Children;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;

namespace Journey.Domain.Tests.Retention;

/// <summary>Journeys folded from their events as the store folds them (ChildJourney.Evolve), to judge their retention.</summary>
internal static class RetentionJourneys
{
    /// <summary>Midday UK time (GMT in winter, when these tests' dates fall, and BST in summer both keep the UK date).</summary>
    public static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    public static ContactReceived Contact(DateTimeOffset at, int number = 1) => new(number, at, "2A", "Bruising seen at school", ConsentStatus.Given, null, false);

    public static ChildDetailsRecorded Born(DateOnly dateOfBirth, DateTimeOffset at) => new(at, dateOfBirth, null, "F", "WBRI");

    public static ChildJourney Fold(params IJourneyEvent[] events)
    {
        var journey = ChildJourney.New("C-RET");
        foreach (var e in events) journey = journey.Evolve(e);
        return journey;
    }
}
