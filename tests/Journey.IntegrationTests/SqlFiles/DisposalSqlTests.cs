using Journey.Projections.Disposal;

namespace Journey.IntegrationTests.SqlFiles;

/// <summary>The function of src/Journey.Projections/Disposal/*.sql called directly (dispose_child is still written in C#).</summary>
public sealed class DisposalSqlTests(EmptyStore store) : IClassFixture<EmptyStore>
{
    [Fact]
    public async Task Disposal_canonical_is_a_json_array_of_the_form_and_the_row_with_its_time_in_utc_whatever_the_sessions_zone()
    {
        var row = (await store.Rows("SET LOCAL TIME ZONE 'Asia/Tokyo';", """
            SELECT journey.disposal_canonical(7, 'SQL-A', '2026-03-02T09:30:00.5Z', 'tm.priya', 'ops.admin', 'retention "ended"', 'retention-25y',
                                              12, 12, 'abc') AS canonical
            """)).Single();

        row["canonical"].ShouldBe($$"""
            ["{{DisposalSchema.CanonicalForm}}", 7, "SQL-A", "2026-03-02T09:30:00.500000Z", "tm.priya", "ops.admin", "retention \"ended\"", "retention-25y", 12, 12, "abc"]
            """);
    }
}
