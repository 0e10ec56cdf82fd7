using Journey.Domain.Journeys;
using Journey.Domain.Ssda903;
using static Journey.Domain.Tests.Ssda903.CareSteps;

namespace Journey.Domain.Tests.Ssda903;

/// <summary>
/// The episodes a collection year returns (2025/26: 1 April 2025 to 31 March 2026) and who was looked after
/// continuously for 12 months at 31 March, at the year's edges.
/// </summary>
public sealed class EpisodesInYearTests
{
    private static readonly DateOnly From = new(2025, 4, 1);
    private static readonly DateOnly To = new(2026, 3, 31);

    private static Ssda903Episode[] Episodes(params IJourneyEvent[] facts) => [.. Ssda903Episodes.Derive(facts)];

    private static string[] InYear(params IJourneyEvent[] facts) => Lines(Ssda903Episodes.InYear(Episodes(facts), From, To));

    [Fact]
    public void An_episode_open_over_1_April_is_returned_with_the_day_it_began()
    {
        InYear(Entered("2024-11-08T10:00:00+00:00", "V2"), Placed("2024-11-08T12:00:00+00:00"))
            .ShouldBe(["2024-11-08 S V2 U6 - - -"]);
    }

    [Fact]
    public void An_episode_ending_on_31_March_is_returned_ceased_that_day_and_one_ending_on_1_April_too()
    {
        InYear(Entered("2025-06-02T10:00:00+01:00", "C1"), Placed("2025-06-02T11:00:00+01:00"),
                Status("2026-03-31T10:00:00+01:00", "C2"))
            .ShouldBe(["2025-06-02 S C1 U6 2026-03-31 X1 -", "2026-03-31 L C2 U6 - - -"]);
        InYear(Entered("2024-06-03T10:00:00+01:00", "C1"), Placed("2024-06-03T11:00:00+01:00"), Left("2025-04-01T10:00:00+01:00", "E13"))
            .ShouldBe(["2024-06-03 S C1 U6 2025-04-01 E13 -"]);
    }

    [Fact]
    public void An_episode_ceasing_after_31_March_is_returned_open_without_its_reasons()
    {
        InYear(Entered("2025-06-02T10:00:00+01:00", "C1"), Placed("2025-06-02T11:00:00+01:00"),
                Placed("2026-04-01T10:00:00+01:00", "U4", "CARPL", number: 2))
            .ShouldBe(["2025-06-02 S C1 U6 - - -"]);
    }

    [Fact]
    public void Episodes_that_ceased_before_1_April_or_began_after_31_March_are_not_the_years()
    {
        InYear(Entered("2024-06-03T10:00:00+01:00", "C1"), Placed("2024-06-03T11:00:00+01:00"), Left("2025-03-31T10:00:00+01:00", "E13"),
                Entered("2026-04-01T10:00:00+01:00", "V2", period: 2), Placed("2026-04-01T11:00:00+01:00", period: 2, number: 2))
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2025-04-01T10:00:00+01:00", null, "C2", true)] // began on 1 April: twelve months on 31 March
    [InlineData("2025-04-02T10:00:00+01:00", null, "C2", false)] // began the day after
    [InlineData("2023-04-01T10:00:00+01:00", "2026-03-30T10:00:00+01:00", "C2", false)] // left before 31 March
    [InlineData("2023-04-01T10:00:00+01:00", "2026-03-31T10:00:00+01:00", "C2", true)] // left on 31 March, as the validators count it
    [InlineData("2023-04-01T10:00:00+01:00", null, "V3", false)] // short-term breaks
    public void Looked_after_continuously_for_12_months_at_31_March(string entered, string? left, string legalStatus, bool continuously)
    {
        var facts = new List<IJourneyEvent> { Entered(entered, legalStatus), Placed(entered) };
        if (left is not null) facts.Add(Left(left));
        var year = Ssda903Episodes.InYear(Episodes([.. facts]), From, To);

        Ssda903Episodes.ContinuouslyLookedAfter(year, From, To).ShouldBe(continuously);
    }

    [Fact]
    public void A_child_who_left_care_before_the_year_and_came_back_within_it_was_not_looked_after_continuously()
    {
        var year = Ssda903Episodes.InYear(Episodes(Entered("2023-04-03T10:00:00+01:00"), Placed("2023-04-03T11:00:00+01:00"), Left("2025-03-20T10:00:00+00:00"),
            Entered("2025-05-01T10:00:00+01:00", period: 2), Placed("2025-05-01T11:00:00+01:00", period: 2, number: 2)), From, To);

        Ssda903Episodes.ContinuouslyLookedAfter(year, From, To).ShouldBeFalse();
        Ssda903Episodes.ContinuouslyLookedAfter([], From, To).ShouldBeFalse();
    }
}
