namespace Journey.IntegrationTests.SqlFiles;

/// <summary>The view of src/Journey.Projections/LookedAfter/*.sql read directly over periods of care put in.</summary>
public sealed class LookedAfterSqlTests(EmptyStore store) : IClassFixture<EmptyStore>
{
    [Fact]
    public async Task Entries_into_care_gives_each_period_of_care_its_uk_month_and_whether_it_was_unplanned()
    {
        // SQL-A entered care late on 31 March UTC, which is 1 April in the UK (summer time), planned, and left in May;
        // SQL-B entered unplanned on 3 March and is still in care.
        const string entries = """
            INSERT INTO journey.care_entries (child_id, care_episode_number, entered_at, legal_status, planned, left_at)
            VALUES ('SQL-A', 1, '2026-03-31T23:30:00Z', 'V2', true, '2026-05-10T12:00:00Z'),
                   ('SQL-B', 1, '2026-03-03T10:00:00Z', 'C2', false, NULL);
            """;

        var rows = (await store.Rows(entries, "SELECT * FROM journey.entries_into_care"))
            .ToDictionary(r => (string)r["child_id"]!);

        rows["SQL-A"]["entered_month"].ShouldBe(new DateOnly(2026, 4, 1));
        rows["SQL-A"]["unplanned"].ShouldBe(false);
        rows["SQL-A"]["legal_status"].ShouldBe("V2");
        rows["SQL-A"]["left_at"].ShouldBe(new DateTime(2026, 5, 10, 12, 0, 0, DateTimeKind.Utc));
        rows["SQL-B"]["entered_month"].ShouldBe(new DateOnly(2026, 3, 1));
        rows["SQL-B"]["unplanned"].ShouldBe(true);
        rows["SQL-B"]["left_at"].ShouldBeNull();
    }
}
