namespace Journey.IntegrationTests.SqlFiles;

/// <summary>
/// The functions and view of src/Journey.Projections/Children/*.sql called directly: details put into
/// child_details, and the rows and dates read back.
/// </summary>
public sealed class ChildrenSqlTests(EmptyStore store) : IClassFixture<EmptyStore>
{
    /// <summary>
    /// SQL-A's details recorded on 1 March and corrected (a later stream version) on 10 March; SQL-B's, unborn,
    /// recorded on 5 March.
    /// </summary>
    private const string Details = """
        INSERT INTO journey.child_details (child_id, version, date_of_birth, expected_date_of_birth, gender, ethnicity, stated_at, recorded_at)
        VALUES ('SQL-A', 1, '2015-06-01', NULL, 'F', 'WBRI', '2026-03-01T09:00:00Z', '2026-03-01T09:00:00Z'),
               ('SQL-A', 4, '2015-06-11', NULL, 'F', 'WIRI', '2026-03-01T09:00:00Z', '2026-03-10T09:00:00Z'),
               ('SQL-B', 1, NULL, '2026-07-01', 'U', 'NOBT', '2026-03-05T09:00:00Z', '2026-03-05T09:00:00Z');
        """;

    private static Dictionary<string, Dictionary<string, object?>> ByChild(List<Dictionary<string, object?>> rows) =>
        rows.ToDictionary(r => (string)r["child_id"]!);

    [Fact]
    public async Task Children_as_recorded_gives_each_childs_latest_details_recorded_by_as_at()
    {
        var early = ByChild(await store.Rows(Details, "SELECT * FROM journey.children_as_recorded('2026-03-06T00:00:00Z')"));
        var late = ByChild(await store.Rows(Details, "SELECT * FROM journey.children_as_recorded('2026-03-11T00:00:00Z')"));
        var first = ByChild(await store.Rows(Details, "SELECT * FROM journey.children_as_recorded('2026-03-02T00:00:00Z')"));

        early["SQL-A"]["date_of_birth"].ShouldBe(new DateOnly(2015, 6, 1));
        early["SQL-A"]["ethnicity"].ShouldBe("WBRI");
        early["SQL-B"]["unborn"].ShouldBe(true);
        early["SQL-B"]["expected_date_of_birth"].ShouldBe(new DateOnly(2026, 7, 1));
        late["SQL-A"]["date_of_birth"].ShouldBe(new DateOnly(2015, 6, 11));
        late["SQL-A"]["unborn"].ShouldBe(false);
        first.Keys.ShouldBe(["SQL-A"]);
    }

    [Fact]
    public async Task The_children_view_gives_each_childs_latest_details_whenever_recorded()
    {
        var rows = ByChild(await store.Rows(Details, "SELECT * FROM journey.children"));

        rows.Keys.ShouldBe(["SQL-A", "SQL-B"], ignoreOrder: true);
        rows["SQL-A"]["date_of_birth"].ShouldBe(new DateOnly(2015, 6, 11));
        rows["SQL-A"]["recorded_at"].ShouldBe(new DateTime(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc));
        rows["SQL-B"]["unborn"].ShouldBe(true);
    }

    [Theory]
    [InlineData("2010-01-31", 1, "2010-02-28")]
    [InlineData("2008-02-29", 216, "2026-02-28")]
    [InlineData("2008-02-29", 192, "2024-02-29")]
    [InlineData("2015-06-11", 0, "2015-06-11")]
    public async Task Date_at_age_counts_calendar_months_from_the_date_of_birth(string born, int months, string expected)
    {
        var row = (await store.Rows("", $"SELECT journey.date_at_age('{born}', {months}) AS d")).Single();

        row["d"].ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2008-02-29", "2026-02-27", 17)]
    [InlineData("2008-02-29", "2026-02-28", 18)]
    [InlineData("2015-06-11", "2026-06-10", 10)]
    [InlineData("2015-06-11", "2026-06-11", 11)]
    [InlineData("2015-06-11", "2015-06-10", null)]
    public async Task Age_in_years_counts_whole_years_and_is_null_before_birth(string born, string on, int? expected)
    {
        var row = (await store.Rows("", $"SELECT journey.age_in_years('{born}', '{on}') AS age")).Single();

        row["age"].ShouldBe(expected);
    }

    [Fact]
    public async Task Birthday_by_rule_is_the_age_the_rule_in_force_on_that_birthday_names()
    {
        // The default rulebook's leaving-care-age is 192 months (16) from 2010; a later row says 17 from 2030.
        const string laterRule = """
            INSERT INTO journey.timescale_rules (rule_id, measure, unit, target, counting, effective_from, basis, words, words_from)
            SELECT 'sql-test-17', measure, unit, 204, counting, '2030-01-01', basis, words, words_from
            FROM journey.timescale_rules WHERE rule_id = 'leaving-care-age-16';
            """;
        var rows = await store.Rows(laterRule, """
            SELECT journey.birthday_by_rule('2010-05-01', 'leaving-care-age') AS before_change,
                   journey.birthday_by_rule('2014-05-01', 'leaving-care-age') AS after_change,
                   journey.birthday_by_rule('2014-05-01', 'no-such-measure') AS unknown
            """);

        rows.Single()["before_change"].ShouldBe(new DateOnly(2026, 5, 1));
        rows.Single()["after_change"].ShouldBe(new DateOnly(2031, 5, 1));
        rows.Single()["unknown"].ShouldBeNull();
    }
}
