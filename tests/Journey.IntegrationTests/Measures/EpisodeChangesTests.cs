using Journey.Projections.Reviews;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// The fold of a batch's episode changes (EpisodeChanges), without a database: each case is the per-event statements
/// (an upsert of the start keeping its first recorded time, an UPDATE of the end keeping its first recorded time, an
/// UPDATE clearing the end, a DELETE of the episode) read in turn, against a row that may or may not be stored.
/// </summary>
public sealed class EpisodeChangesTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset R1 = T.AddDays(100), R2 = T.AddDays(101), R3 = T.AddDays(102);

    [Fact]
    public void A_start_alone_is_upserted_with_no_end_and_nothing_else()
    {
        var changes = new EpisodeChanges();
        changes.Started("c", 1, T, R1, "N");

        changes.Upserts.ShouldBe([new EpisodeRow("c", 1, T, R1, null, null, "N")]);
        changes.Updates.ShouldBeEmpty();
        changes.InsertsWhereNone.ShouldBeEmpty();
        changes.Deletes.ShouldBeEmpty();
    }

    [Fact]
    public void A_start_corrected_keeps_the_first_recorded_time_and_takes_the_last_start_and_detail()
    {
        var changes = new EpisodeChanges();
        changes.Started("c", 1, T, R1, "N");
        changes.DetailSet("c", 1, "E");
        changes.Started("c", 1, T.AddHours(-1), R2, "P");

        changes.Upserts.ShouldBe([new EpisodeRow("c", 1, T.AddHours(-1), R1, null, null, "P")]);
    }

    [Fact]
    public void An_end_alone_updates_a_stored_row_keeping_its_recorded_time()
    {
        var changes = new EpisodeChanges();
        changes.Ended("c", 1, T.AddDays(5), R1);

        changes.Updates.ShouldBe([new EpisodeUpdate("c", 1, null, null, null, EndChange.KeepFirstRecorded(T.AddDays(5), R1))]);
        changes.Upserts.ShouldBeEmpty();
        changes.InsertsWhereNone.ShouldBeEmpty();
    }

    [Fact]
    public void An_end_corrected_in_the_batch_keeps_the_first_ends_recorded_time()
    {
        var changes = new EpisodeChanges();
        changes.Ended("c", 1, T.AddDays(5), R1);
        changes.Ended("c", 1, T.AddDays(6), R2);

        changes.Updates.Single().End.ShouldBe(EndChange.KeepFirstRecorded(T.AddDays(6), R1));
    }

    [Fact]
    public void An_end_withdrawn_then_set_again_replaces_the_stored_end_with_the_new_recorded_time()
    {
        var changes = new EpisodeChanges();
        changes.Ended("c", 1, T.AddDays(5), R1);
        changes.EndWithdrawn("c", 1);
        changes.Ended("c", 1, T.AddDays(7), R2);
        changes.Ended("c", 1, T.AddDays(8), R3);

        changes.Updates.Single().End.ShouldBe(new EndChange(EndChangeKind.Replace, T.AddDays(8), R2));
    }

    [Fact]
    public void An_end_withdrawn_alone_clears_the_stored_end()
    {
        var changes = new EpisodeChanges();
        changes.EndWithdrawn("c", 1);

        changes.Updates.Single().End.ShouldBe(new EndChange(EndChangeKind.Replace, null, null));
    }

    [Fact]
    public void A_start_and_end_in_one_batch_update_a_stored_row_or_insert_one_with_its_end()
    {
        var changes = new EpisodeChanges();
        changes.Started("c", 1, T, R1);
        changes.Ended("c", 1, T.AddDays(5), R2);

        changes.Upserts.ShouldBeEmpty();
        changes.Updates.ShouldBe([new EpisodeUpdate("c", 1, T, R1, null, EndChange.KeepFirstRecorded(T.AddDays(5), R2))]);
        changes.InsertsWhereNone.ShouldBe([new EpisodeRow("c", 1, T, R1, T.AddDays(5), R2, null)]);
    }

    [Fact]
    public void An_end_before_the_start_in_the_batch_changes_only_a_stored_row()
    {
        // With no row stored the end's UPDATE found nothing, so the row the start inserts has no end.
        var changes = new EpisodeChanges();
        changes.Ended("c", 1, T.AddDays(5), R1);
        changes.Started("c", 1, T, R2);

        changes.Updates.ShouldBe([new EpisodeUpdate("c", 1, T, R2, null, EndChange.KeepFirstRecorded(T.AddDays(5), R1))]);
        changes.InsertsWhereNone.ShouldBe([new EpisodeRow("c", 1, T, R2, null, null, null)]);
    }

    [Fact]
    public void A_start_withdrawn_deletes_the_episode_and_what_followed_it_is_gone()
    {
        var changes = new EpisodeChanges();
        changes.Started("c", 1, T, R1, "N");
        changes.Ended("c", 1, T.AddDays(5), R1);
        changes.Withdrawn("c", 1);
        changes.Ended("c", 1, T.AddDays(6), R2);
        changes.DetailSet("c", 1, "E");

        changes.Deletes.ShouldBe([("c", 1)]);
        changes.Upserts.ShouldBeEmpty();
        changes.Updates.ShouldBeEmpty();
        changes.InsertsWhereNone.ShouldBeEmpty();
    }

    [Fact]
    public void A_start_after_its_withdrawal_starts_a_new_row_with_its_own_recorded_time()
    {
        var changes = new EpisodeChanges();
        changes.Ended("c", 1, T.AddDays(5), R1);
        changes.Withdrawn("c", 1);
        changes.Started("c", 1, T.AddDays(1), R2, "P");
        changes.Ended("c", 1, T.AddDays(9), R3);

        changes.Deletes.ShouldBe([("c", 1)]);
        // Deleted first, so no row is there to conflict with: the upsert inserts the row the batch leaves.
        changes.Upserts.ShouldBe([new EpisodeRow("c", 1, T.AddDays(1), R2, T.AddDays(9), R3, "P")]);
        changes.Updates.ShouldBeEmpty();
        changes.InsertsWhereNone.ShouldBeEmpty();
    }

    [Fact]
    public void A_detail_set_with_no_start_in_the_batch_updates_a_stored_row_only()
    {
        var changes = new EpisodeChanges();
        changes.DetailSet("c", 1, "E");
        changes.DetailSet("c", 2, "E");
        changes.Started("c", 2, T, R1, "N");

        changes.Updates.ShouldBe([new EpisodeUpdate("c", 1, null, null, "E", EndChange.Keep)]);
        // A start after the change sets the detail it brings.
        changes.Upserts.ShouldBe([new EpisodeRow("c", 2, T, R1, null, null, "N")]);
    }

    [Fact]
    public void Episodes_are_folded_apart()
    {
        var changes = new EpisodeChanges();
        changes.Started("c", 1, T, R1);
        changes.Started("c", 2, T.AddDays(1), R1);
        changes.Started("d", 1, T, R2);
        changes.Withdrawn("c", 2);

        changes.Upserts.ShouldBe([new EpisodeRow("c", 1, T, R1, null, null, null), new EpisodeRow("d", 1, T, R2, null, null, null)], ignoreOrder: true);
        changes.Deletes.ShouldBe([("c", 2)]);
    }
}
