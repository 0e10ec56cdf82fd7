using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// DfE placement stability for the children looked after at a date: three or more placements in
/// the 12 months up to it, and long-term stability (looked after 2.5 years, with the same carer 2
/// years or placed for adoption).
/// </summary>
public sealed class PlacementStabilityTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static ContactReceived Contact(string at) => new(1, At(at), "6", "c", ConsentStatus.NotRequired, null, false);
    private static PlacementStarted Placement(int number, string at, string type, string? reason) =>
        new(number, 1, At(at), type, null, false, reason);

    [Fact]
    public async Task Three_placements_count_while_the_move_into_the_second_is_within_twelve_months()
    {
        var child = JourneyApi.NewChildId();
        var move = Placement(2, "2025-04-01T11:00:00Z", "U6", "CREQB");
        var change = Placement(3, "2025-09-01T10:00:00Z", "R1", "CARPL");
        await Append(child, Contact("2024-01-02T09:00:00Z"),                         // v1
            new EnteredCare(1, At("2024-01-02T10:00:00Z"), "C2", false, false),     // v2
            Placement(1, "2024-01-02T11:00:00Z", "U6", null),                       // v3
            move,                                                                   // v4
            change,                                                                 // v5
                                                                                    // Long-term fostering with the same carer: a change of status only, not counted.
            Placement(4, "2025-10-01T11:00:00Z", "U4", "PLACE"));                  // v6

        // At 31 March 2026 the 12 months run from 1 April 2025: placement 1 was current then, and
        // placements 2 and 3 began within them.
        (await Stability(child, "2026-03-31")).ShouldBe("3:True");
        // A day later placement 1 had ended before the 12 months began: placement 2 is the one current at their start.
        (await Stability(child, "2026-04-01")).ShouldBe("2:False");

        // The second placement corrected to begin on 31 March 2025: the first ended before the window.
        await Append(child, new EventCorrected(4, move, move with { OccurredAt = At("2025-03-31T11:00:00Z") }, "Moved a day earlier", DateTimeOffset.UtcNow));
        (await Stability(child, "2026-03-31")).ShouldBe("2:False");
        (await Stability(child, "2026-03-30")).ShouldBe("3:True");
        await Append(child, new EventCorrected(4, move with { OccurredAt = At("2025-03-31T11:00:00Z") }, move, "Back as it was", DateTimeOffset.UtcNow));

        // The move to the residential home withdrawn: the status change is then the child's third placement record,
        // still with the second carer.
        await Append(child, new EventWithdrawn(5, change, "Never moved", DateTimeOffset.UtcNow));
        (await Stability(child, "2026-03-31")).ShouldBe("2:False");
    }

    [Fact]
    public async Task Long_term_stability_needs_two_and_a_half_years_in_care_and_two_years_with_the_same_carer()
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2023-07-01T09:00:00+01:00"),
            new EnteredCare(1, At("2023-07-01T10:00:00+01:00"), "C2", true, false),
            Placement(1, "2023-07-01T11:00:00+01:00", "U6", null),
            Placement(2, "2024-03-31T11:00:00+01:00", "U6", "CARPL"),
            Placement(3, "2025-06-01T11:00:00+01:00", "U4", "PLACE"));    // the same carer, now long-term fostering
        var analyst = host.ClientFor("analyst.kim");
        async Task<string> LongTerm(string asAt)
        {
            var row = (await analyst.GetArray($"/api/looked-after/placement-stability?childId={child}&asAt={asAt}")).Single()!;
            row["underSixteen"].ShouldBeNull(); // no date of birth recorded yet
            return $"{row["lookedAfterLongTerm"]}:{row["sameCarerTwoYears"]}:{row["longTermStable"]}";
        }

        // 2.5 years after 1 July 2023 is 1 January 2026; 2 years after 31 March 2024 is 31 March 2026.
        (await LongTerm("2025-12-31")).ShouldBe("false:false:false");
        (await LongTerm("2026-01-01")).ShouldBe("true:false:false");
        (await LongTerm("2026-03-30")).ShouldBe("true:false:false");
        (await LongTerm("2026-03-31")).ShouldBe("true:true:true");
        var row = (await analyst.GetArray($"/api/looked-after/placement-stability?childId={child}&asAt=2026-03-31")).Single()!;
        (row["placementNumber"]!.GetValue<int>(), row["placementType"]!.GetValue<string>(), row["sameCarerSince"]!.GetValue<DateTimeOffset>())
            .ShouldBe((3, "U4", At("2024-03-31T11:00:00+01:00")));
    }

    [Theory]
    [InlineData("2010-04-01", "true:true")]   // 16 on 1 April 2026: under 16 on 31 March
    [InlineData("2010-03-31", "false:false")] // 16 on 31 March 2026 itself: no longer counted
    public async Task Long_term_stability_counts_only_children_under_sixteen_by_their_date_of_birth(string dateOfBirth, string expected)
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2023-07-01T09:00:00+01:00"),
            new Journey.Domain.Children.ChildDetailsRecorded(At("2023-07-01T09:30:00+01:00"), DateOnly.Parse(dateOfBirth), null, "F", "WBRI"),
            new EnteredCare(1, At("2023-07-01T10:00:00+01:00"), "C2", true, false),
            Placement(1, "2023-07-01T11:00:00+01:00", "U6", null),
            Placement(2, "2024-03-31T11:00:00+01:00", "U6", "CARPL"));
        var row = (await host.ClientFor("analyst.kim").GetArray($"/api/looked-after/placement-stability?childId={child}&asAt=2026-03-31")).Single()!;
        $"{row["underSixteen"]}:{row["longTermStable"]}".ShouldBe(expected);
    }

    [Fact]
    public async Task A_child_placed_for_adoption_is_stable_when_that_placement_and_the_one_before_last_two_years()
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2023-07-01T09:00:00+01:00"),
            new EnteredCare(1, At("2023-07-01T10:00:00+01:00"), "C2", true, false),
            Placement(1, "2023-07-01T11:00:00+01:00", "U6", null),
            Placement(2, "2025-06-02T11:00:00+01:00", "A6", "CARPL"),
            new AdoptionStepTaken(1, At("2025-06-02T12:00:00+01:00"), AdoptionStep.Placed));
        var analyst = host.ClientFor("analyst.kim");
        async Task<string> LongTerm(string asAt)
        {
            var row = (await analyst.GetArray($"/api/looked-after/placement-stability?childId={child}&asAt={asAt}")).Single()!;
            return $"{row["lookedAfterLongTerm"]}:{row["sameCarerTwoYears"]}:{row["placedForAdoptionTwoYears"]}:{row["longTermStable"]}";
        }

        (await LongTerm("2025-12-31")).ShouldBe("false:false:true:false");
        (await LongTerm("2026-01-01")).ShouldBe("true:false:true:true");
        // Before the placement for adoption, the child was not placed for adoption.
        (await LongTerm("2025-06-01")).ShouldBe("false:false:false:false");
    }

    [Fact]
    public async Task Only_children_looked_after_at_the_date_are_counted_and_the_rows_come_as_csv()
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2026-01-05T09:00:00Z"),
            new EnteredCare(1, At("2026-01-05T10:00:00Z"), "V2", false, false),
            new LeftCare(1, At("2026-02-05T10:00:00Z"), "E13"));
        var analyst = host.ClientFor("analyst.kim");

        (await analyst.GetArray($"/api/looked-after/placement-stability?childId={child}&asAt=2026-02-06")).ShouldBeEmpty();
        var csv = await (await analyst.GetAsync($"/api/looked-after/placement-stability.csv?childId={child}&asAt=2026-01-06",
            TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        csv.ShouldBe("child_id,care_episode_number,looked_after_since,placement_number,placement_type,same_carer_since,placements_in_window," +
                     "three_or_more_placements,looked_after_long_term,same_carer_two_years,placed_for_adoption_two_years,under_sixteen," +
                     "long_term_stable,team,worker\r\n" +
                     $"{child},1,2026-01-05T10:00:00Z,,,,0,false,false,false,false,,false,,\r\n");
    }

    private async Task<string> Stability(string child, string asAt)
    {
        var row = (await host.ClientFor("analyst.kim").GetArray($"/api/looked-after/placement-stability?childId={child}&asAt={asAt}")).Single()!;
        return $"{row["placementsInWindow"]}:{(row["threeOrMorePlacements"]!.GetValue<bool>() ? "True" : "False")}";
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
