using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Returns;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;

namespace Journey.Domain.Tests.Returns;

/// <summary>
/// Which breaches the return-readiness list holds for a collection year (decision 99): those of facts dated in the
/// year, at its first and last days, and those of what is still open at the year's end or today if sooner.
/// </summary>
public sealed class ReturnReadinessTests
{
    /// <summary>A conference stored on Saturday 15 March 2025, before rule 8875 was checked at entry.</summary>
    private static ChildJourney WeekendConference()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference).Journey;
        var saturday = Scenarios.Moments.At("2025-03-15T10:00:00+00:00");
        return journey.Evolve(new InitialConferenceHeld(1, 1, saturday, false, null));
    }

    [Fact]
    public void A_breach_dated_in_the_year_is_listed_at_its_first_and_last_days_and_not_outside()
    {
        var journey = WeekendConference();
        var today = new DateOnly(2026, 12, 7);

        ReturnReadiness.Of(journey, new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), today).Single().Rule.Code.ShouldBe("cin-8875");
        ReturnReadiness.Of(journey, new DateOnly(2025, 3, 15), new DateOnly(2026, 3, 14), today).Single().Rule.Code.ShouldBe("cin-8875");
        ReturnReadiness.Of(journey, new DateOnly(2024, 3, 16), new DateOnly(2025, 3, 15), today).Single().Rule.Code.ShouldBe("cin-8875");
        ReturnReadiness.Of(journey, new DateOnly(2025, 3, 16), new DateOnly(2026, 3, 31), today).ShouldBeEmpty();
        ReturnReadiness.Of(journey, new DateOnly(2023, 4, 1), new DateOnly(2025, 3, 14), today).ShouldBeEmpty();
    }

    [Fact]
    public void What_is_still_open_is_judged_on_the_year_end_or_today_if_sooner_whenever_it_began()
    {
        // Police protection from Tuesday 4 March 2025, never ended.
        var journey = JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, "L1", planned: false).Journey;

        ReturnReadiness.Of(journey, new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 12, 7))
            .Single().Rule.Code.ShouldBe("ssda903-361");
        ReturnReadiness.Of(journey, new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), new DateOnly(2025, 3, 7)).ShouldBeEmpty();
        ReturnReadiness.Of(journey, new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), new DateOnly(2025, 3, 8))
            .Single().Rule.Code.ShouldBe("ssda903-361");
    }
}
