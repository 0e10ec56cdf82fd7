using Journey.Domain.LookedAfter;
using Journey.Projections.LookedAfter;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// The fold of a batch's steps into the rows of periods of care and placements (CarePeriodRows), without a database,
/// at the edges the per-event statements had: an update of a period of care not stored, a placement moved to another
/// period, and a period whose placements are all changes of status only.
/// </summary>
public sealed class CarePeriodRowsTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset R1 = T.AddDays(100), R2 = T.AddDays(101);

    [Fact]
    public void Leaving_a_period_of_care_not_stored_changes_nothing()
    {
        var rows = new CarePeriodRows([], []);
        rows.Fold("c", R1, new LeftCare(1, T, "E11"), withdrawn: false);
        rows.Recompute(["c"]);

        rows.Entries.ShouldBeEmpty();
        rows.Placements.ShouldBeEmpty();
    }

    [Fact]
    public void A_placement_moved_to_another_period_of_care_leaves_both_periods_ends_right()
    {
        var rows = new CarePeriodRows(
            [Entry(1, T, T.AddDays(30)), Entry(2, T.AddDays(40), null)],
            []);
        var moved = new PlacementStarted(2, 1, T.AddDays(10), "U3", null, false, "CHILD");
        rows.Fold("c", R1, new PlacementStarted(1, 1, T, "U3", null, false, null), withdrawn: false);
        rows.Fold("c", R1, moved, withdrawn: false);
        rows.Recompute(["c"]);
        rows.Placements[("c", 1)].EndedAt.ShouldBe(T.AddDays(10));

        rows.Fold("c", R2, moved with { CareEpisodeNumber = 2, OccurredAt = T.AddDays(40) }, withdrawn: false);
        rows.Recompute(["c"]);

        // Placement 1 is the last of its period again, ended by leaving care; placement 2 keeps when it was first recorded.
        rows.Placements[("c", 1)].ShouldBe(rows.Placements[("c", 1)] with { EndedAt = T.AddDays(30), EndedRecordedAt = R1 });
        rows.Placements[("c", 2)].ShouldBe(new PlacementRow("c", 2, 2, T.AddDays(40), "U3", false, "CHILD", true, T.AddDays(40), null, R1, null));
    }

    [Fact]
    public void With_no_move_to_a_new_carer_left_the_child_has_been_with_the_same_carer_since_the_first_placement_left()
    {
        var first = new PlacementStarted(1, 1, T, "U3", null, false, null);
        var rows = new CarePeriodRows([Entry(1, T, null)], []);
        rows.Fold("c", R1, first, withdrawn: false);
        rows.Fold("c", R1, new PlacementStarted(2, 1, T.AddDays(5), "U1", null, false, PlacementKinds.StatusOnlyChange), withdrawn: false);
        rows.Fold("c", R1, new PlacementStarted(3, 1, T.AddDays(9), "U1", null, false, PlacementKinds.StatusOnlyChange), withdrawn: false);
        rows.Fold("c", R2, first, withdrawn: true);
        rows.Recompute(["c"]);

        rows.Placements.Keys.ShouldBe([("c", 2), ("c", 3)], ignoreOrder: true);
        rows.Placements.Values.Select(p => p.SameCarerSince).ShouldAllBe(since => since == T.AddDays(5));
        rows.Placements[("c", 3)].EndedAt.ShouldBeNull();
    }

    private static CareEntryRow Entry(int episode, DateTimeOffset entered, DateTimeOffset? left) =>
        new("c", episode, entered, "C2", false, left, null, null, R1, left is null ? null : R1);
}
