using Journey.Api.Snapshot;

namespace Journey.IntegrationTests.Snapshot;

/// <summary>
/// What the store answers, beyond its tables (decision 135): a view's or a measures function's definition changed in
/// place makes exactly its part differ; and the digests are keyed (decision 136): a snapshot made with another key is
/// not compared, and none is made without a key.
/// </summary>
[Collection(SnapshotStoresCollection.Name)]
public sealed class SnapshotAnswersTests(SnapshotStores stores)
{
    [Fact]
    public async Task A_status_rule_changed_in_the_measures_function_makes_exactly_its_part_differ()
    {
        var a = await StoreSnapshot.Read(stores.SnapshotA, TestContext.Current.CancellationToken);
        a.MeasuresAt.ShouldNotBeNull();
        a.Part("measures as occurred")!.Rows.ShouldBeGreaterThan(0);
        a.Part("measures as recorded")!.Rows.ShouldBeGreaterThan(0);
        var late = await SnapshotStores.Scalar(stores.B,
            $"SELECT count(*) FROM journey.measures_as_at('{a.MeasuresAt!.Value.UtcDateTime:O}') WHERE status = 'late'");
        int.Parse(late!).ShouldBeGreaterThan(0, "the demo set has late clocks, whose status the changed rule gives otherwise");

        var original = (await SnapshotStores.Scalar(stores.B, "SELECT pg_get_functiondef('journey.measures_as_at(timestamptz)'::regprocedure)"))!;
        // A late clock reported as met: the kind of mistake a rewrite of the status SQL could make.
        await SnapshotStores.Scalar(stores.B, original.Replace(
            "elapsed, status", "elapsed, CASE WHEN status = 'late' THEN 'met' ELSE status END", StringComparison.Ordinal));
        try
        {
            await SnapshotStores.Take(stores.B, stores.File("b-status-rule.json"));

            var (exit, differing, output) = await stores.Compare(stores.SnapshotB, stores.File("b-status-rule.json"));

            exit.ShouldNotBe(0, output);
            differing.ShouldBe(["measures as occurred"], output);
            output.ShouldContain($"{late} changed, 0 missing from B, 0 added in B");
        }
        finally
        {
            await SnapshotStores.Scalar(stores.B, original);
        }
    }

    [Fact]
    public async Task A_view_whose_definition_changes_differs_alone_and_views_that_read_the_clock_are_left_out()
    {
        var a = await StoreSnapshot.Read(stores.SnapshotA, TestContext.Current.CancellationToken);
        a.Part("journey.referrals_with_rereferral")!.Rows.ShouldBeGreaterThan(0);
        a.Part("journey.referrals_with_rereferral")!.Kind.ShouldStartWith("projection ");
        a.Excluded.Select(e => e.Table).ShouldContain("journey.measures");

        const string view = "journey.referrals_with_rereferral";
        var original = (await SnapshotStores.Scalar(stores.B, $"SELECT pg_get_viewdef('{view}'::regclass)"))!;
        // The same columns, one row fewer: as a changed join or filter would give.
        await SnapshotStores.Scalar(stores.B, $"CREATE OR REPLACE VIEW {view} AS SELECT d.* FROM ({original.TrimEnd().TrimEnd(';')}) d OFFSET 1");
        try
        {
            await SnapshotStores.Take(stores.B, stores.File("b-view.json"));

            var (exit, differing, output) = await stores.Compare(stores.SnapshotB, stores.File("b-view.json"));

            exit.ShouldNotBe(0, output);
            differing.ShouldBe([view], output);
            output.ShouldContain("0 changed, 1 missing from B, 0 added in B");
        }
        finally
        {
            await SnapshotStores.Scalar(stores.B, $"CREATE OR REPLACE VIEW {view} AS {original}");
        }
    }

    [Fact]
    public async Task Digests_are_keyed_and_snapshots_made_with_different_keys_are_not_compared()
    {
        var (exit, output) = await SnapshotStores.TakeWith(null, stores.A, stores.File("no-key.json"));
        exit.ShouldNotBe(0, output);
        output.ShouldContain(SnapshotKey.Variable);
        File.Exists(stores.File("no-key.json")).ShouldBeFalse();

        const string other = "another-key-for-the-same-store-42";
        (exit, output) = await SnapshotStores.TakeWith(other, stores.A, stores.File("a-other-key.json"));
        exit.ShouldBe(0, output);
        var a = await StoreSnapshot.Read(stores.SnapshotA, TestContext.Current.CancellationToken);
        var otherKey = await StoreSnapshot.Read(stores.File("a-other-key.json"), TestContext.Current.CancellationToken);
        otherKey.KeyFingerprint.ShouldNotBe(a.KeyFingerprint);
        // The same rows, other digests: a row's digest cannot be found by hashing its possible values without the key.
        otherKey.Part("journey.child_details")!.Digests.Keys.ShouldBe(a.Part("journey.child_details")!.Digests.Keys);
        otherKey.Part("journey.child_details")!.Digests.Values.ShouldNotContain(a.Part("journey.child_details")!.Digests.Values.First());
        (await File.ReadAllTextAsync(stores.File("a-other-key.json"), TestContext.Current.CancellationToken)).ShouldNotContain(other);

        var (compared, differing, report) = await stores.Compare(stores.SnapshotA, stores.File("a-other-key.json"));

        compared.ShouldNotBe(0, report);
        differing.ShouldBeEmpty(report);
        report.ShouldContain($"Not compared. A was made with the key {a.KeyFingerprint} and B with {otherKey.KeyFingerprint}");
    }
}
