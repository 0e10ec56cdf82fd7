using Journey.Api.Returns;
using Journey.Api.Returns.Cin;
using Journey.Domain.Assessments;
using Journey.Domain.Closure;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;

namespace Journey.IntegrationTests.Returns.Cin;

/// <summary>Journeys folded from facts (as the store folds them), mapped to the census of 2025/26 or another year.</summary>
public static class CinJourneys
{
    public static readonly CollectionYear Year2026 = new(2026);

    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static ChildJourney Folded(string childId, params IJourneyEvent[] facts) =>
        facts.Aggregate(ChildJourney.New(childId), (journey, fact) => journey.Evolve(fact));

    public static CinChildMapping Map(ChildJourney journey, CollectionYear? year = null) =>
        CinChildren.Map(journey, year ?? Year2026, CinCensusReturn.Calendar);

    /// <summary>A contact and its referral at the same instant (number <paramref name="number"/> of each).</summary>
    public static IJourneyEvent[] Referral(int number, string at, string? need = "N1", bool nfa = false) =>
    [
        new ContactReceived(number, At(at), "2A", "c", ConsentStatus.Given, null, false),
        new ReferralAccepted(number, number, At(at), need, nfa),
    ];

    public static CaseClosed Closed(string at, string reason = "RC7") => new(At(at), reason);

    public static IJourneyEvent[] Assessment(int number, int referral, string started, string? authorised, params string[] factors) =>
    [
        new AssessmentStarted(number, referral, At(started)),
        .. authorised is null ? Array.Empty<IJourneyEvent>() :
        [
            .. factors.Length == 0 ? Array.Empty<IJourneyEvent>() :
               [new AssessmentCompleted(number, referral, At(authorised).AddHours(-1), true, true, factors, AssessmentOutcome.ChildInNeedPlan)],
            new AssessmentAuthorised(number, referral, At(authorised), "Team manager"),
        ],
    ];
}
