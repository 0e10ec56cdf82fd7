using Journey.Api.Returns.AnnexA;
using Journey.Domain.Children;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;

namespace Journey.IntegrationTests.Returns.AnnexA;

/// <summary>
/// Journeys folded by the domain's own Evolve from the facts a test gives, and a list's rows from them, for the lists'
/// inclusion rules at their edges. Periods stand at 31 March 2026: six months from 1 October 2025, 12 from 1 April 2025.
/// </summary>
public static class AnnexAJourneys
{
    public const string End = "2026-03-31";

    public static ChildJourney Of(params IJourneyEvent[] facts)
    {
        var journey = ChildJourney.New("C-ANNEX");
        foreach (var fact in facts) journey = journey.Evolve(fact);
        return journey;
    }

    /// <summary>Midday UTC: the same UK day whatever the season.</summary>
    public static DateTimeOffset On(string day) => DateTimeOffset.Parse($"{day}T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Day(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    public static List<AnnexARow> Rows(IAnnexAList list, ChildJourney journey, string end = End) => Rows(list, journey, AnnexAPeriod.Before(Day(end)));

    public static List<AnnexARow> Rows(IAnnexAList list, ChildJourney journey, AnnexAPeriod period) =>
        list.Rows(new AnnexAChild(journey, period), new AnnexAMissing()).ToList();

    /// <summary>The cell under a heading.</summary>
    public static object? Cell(this AnnexARow row, IAnnexAList list, string heading)
    {
        var column = list.Columns.Select(c => c.Heading).ToList().IndexOf(heading);
        column.ShouldBeGreaterThanOrEqualTo(0, heading);
        return row.Cells[column];
    }

    public static ChildDetailsRecorded Born(string day) => new(On("2026-01-05"), Day(day), null, "F", "WBRI");

    public static ContactReceived Contact(int number, DateTimeOffset at, string source = "2A") => new(number, at, source, "concerns", ConsentStatus.Given, null, false);

    public static ReferralAccepted Referral(int number, string day, bool noFurtherAction = false) => new(number, number, On(day), "N1", noFurtherAction);
}
