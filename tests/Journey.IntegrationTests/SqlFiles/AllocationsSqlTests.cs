namespace Journey.IntegrationTests.SqlFiles;

/// <summary>The view of src/Journey.Projections/Allocations/*.sql read directly over allocations put in.</summary>
public sealed class AllocationsSqlTests(EmptyStore store) : IClassFixture<EmptyStore>
{
    [Fact]
    public async Task Current_allocations_is_each_childs_latest_allocation_and_of_two_at_once_the_later_step()
    {
        const string allocations = """
            INSERT INTO journey.allocations (child_id, version, team, worker, allocated_at)
            VALUES ('SQL-A', 2, 'Assessment Team North', 'sw.one', '2026-03-01T09:00:00Z'),
                   ('SQL-A', 5, 'Child Protection Team South', 'sw.two', '2026-03-09T09:00:00Z'),
                   ('SQL-A', 3, 'Assessment Team North', 'sw.late', '2026-03-05T09:00:00Z'),
                   ('SQL-B', 2, 'Assessment Team North', 'sw.three', '2026-03-02T09:00:00Z'),
                   ('SQL-B', 3, 'Assessment Team South', 'sw.four', '2026-03-02T09:00:00Z');
            """;

        var rows = (await store.Rows(allocations, "SELECT * FROM journey.current_allocations"))
            .ToDictionary(r => (string)r["child_id"]!, r => ((string)r["team"]!, (string)r["worker"]!));

        rows.ShouldBe(new Dictionary<string, (string, string)>
        {
            ["SQL-A"] = ("Child Protection Team South", "sw.two"),
            ["SQL-B"] = ("Assessment Team South", "sw.four"),
        }, ignoreOrder: true);
    }
}
