using System.Text.Json.Nodes;
using Journey.Api.Snapshot;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Snapshot;

/// <summary>
/// The `snapshot` and `snapshot-compare` commands as an operator runs them (decisions 128 to 131): two loads of the same
/// input compare equal, one store compares equal with itself after a rebuild, and a row changed by hand is named.
/// </summary>
[Collection(SnapshotStoresCollection.Name)]
public sealed class SnapshotCommandTests(SnapshotStores stores)
{
    [Fact]
    public async Task Two_loads_of_the_same_input_compare_equal_and_differ_exactly_only_in_tables_with_columns_the_server_stamps()
    {
        var a = await StoreSnapshot.Read(stores.SnapshotA, TestContext.Current.CancellationToken);
        // What the snapshot holds is found from the schema: every table is a projection's or the store's reference data.
        a.Parts.Where(p => !p.Name.StartsWith("kpi_pack", StringComparison.Ordinal))
            .ShouldAllBe(p => p.Kind.StartsWith("projection ") || p.Kind.StartsWith("the store's own"));
        a.Parts.Select(p => p.Name).ShouldContain("journey.measure_clocks");
        a.Parts.Select(p => p.Name).ShouldContain("journey.calendar_days");
        a.Excluded.Select(e => e.Table).ShouldContain("journey.mt_events");
        a.Excluded.Select(e => e.Table).ShouldContain("journey.event_hashes");
        a.Part("journey.recorded_steps")!.Rows.ShouldBe(a.Events, "the async projection caught up before the snapshot");
        a.Part("kpi_pack as occurred")!.Rows.ShouldBeGreaterThan(0);
        // Left out without --exact: measure_clocks.last_event_sequence is what earlier hand-made checks found differing.
        a.Part("journey.measure_clocks")!.LeftOut.ShouldContain("last_event_sequence");
        a.Part("journey.measure_clocks")!.Columns.ShouldNotContain("last_event_sequence");

        var (exit, differing, output) = await stores.Compare(stores.SnapshotA, stores.SnapshotB);

        differing.ShouldBeEmpty(output);
        exit.ShouldBe(0, output);

        // Exact, the same two stores differ (the demo journeys were recorded with the server's clock, seconds apart), and
        // only in tables that have a column the snapshot leaves out otherwise.
        var exactA = await SnapshotStores.Take(stores.A, stores.File("a-exact.json"), "--exact");
        await SnapshotStores.Take(stores.B, stores.File("b-exact.json"), "--exact");
        (exit, differing, output) = await stores.Compare(stores.File("a-exact.json"), stores.File("b-exact.json"));
        exit.ShouldNotBe(0, output);
        differing.ShouldContain("journey.measure_clocks");
        differing.ShouldAllBe(name => a.Part(name)!.LeftOut.Count > 0, output);
        exactA.Part("journey.measure_clocks")!.LeftOut.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_store_compares_equal_with_itself_after_a_rebuild()
    {
        var before = await SnapshotStores.Take(stores.A, stores.File("before-rebuild.json"), "--exact");

        var (exit, output) = await ApiCommand.Run(stores.A.ConnectionString, "rebuild");
        exit.ShouldBe(0, output);
        var after = await SnapshotStores.Take(stores.A, stores.File("after-rebuild.json"), "--exact");

        var (compared, differing, report) = await stores.Compare(stores.File("before-rebuild.json"), stores.File("after-rebuild.json"));
        differing.ShouldBeEmpty(report);
        compared.ShouldBe(0, report);
        after.Parts.Sum(p => p.Rows).ShouldBe(before.Parts.Sum(p => p.Rows));
        before.Part("journey.recorded_steps")!.Rows.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Changing_one_row_of_one_projection_table_makes_exactly_that_table_differ_and_names_the_row()
    {
        var row = JsonNode.Parse((await SnapshotStores.Scalar(stores.B,
            "SELECT json_build_array(child_id, version, ethnicity) FROM journey.child_details ORDER BY child_id, version LIMIT 1"))!)!.AsArray();
        var (child, version, ethnicity) = (row[0]!.GetValue<string>(), row[1]!.GetValue<long>(), row[2]!.GetValue<string>());
        var where = $"child_id = '{child}' AND version = {version}";
        await SnapshotStores.Scalar(stores.B, $"UPDATE journey.child_details SET ethnicity = '{(ethnicity == "OOTH" ? "MOTH" : "OOTH")}' WHERE {where}");
        try
        {
            await SnapshotStores.Take(stores.B, stores.File("b-changed.json"));

            var (exit, differing, output) = await stores.Compare(stores.SnapshotB, stores.File("b-changed.json"));

            exit.ShouldNotBe(0, output);
            // And the view analysts read it through (decision 135), whose rows are known by digest: one gone, one new.
            differing.ShouldBe(["journey.child_details", "journey.children"], output);
            output.ShouldContain("0 changed, 1 missing from B, 1 added in B");
            output.ShouldContain("1 changed, 0 missing from B, 0 added in B");
            output.ShouldContain($"changed: [\"{child}\", {version}]");
        }
        finally
        {
            await SnapshotStores.Scalar(stores.B, $"UPDATE journey.child_details SET ethnicity = '{ethnicity}' WHERE {where}");
        }
    }
}
