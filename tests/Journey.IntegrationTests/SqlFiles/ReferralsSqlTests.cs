namespace Journey.IntegrationTests.SqlFiles;

/// <summary>
/// The function and view of src/Journey.Projections/Referrals/*.sql called directly: referrals put in, re-referrals
/// read back (the default rulebook's window: 12 months, the earlier referral's date day 0).
/// </summary>
public sealed class ReferralsSqlTests(EmptyStore store) : IClassFixture<EmptyStore>
{
    /// <summary>
    /// SQL-A referred on 10 March 2025 and again on 10 March 2026 (the last day of the window), recorded on 20 March;
    /// SQL-B on 10 March 2025 and on 11 March 2026 (a day outside it).
    /// </summary>
    private const string Referrals = """
        INSERT INTO journey.referrals (child_id, referral_number, referred_at, primary_need, no_further_action, recorded_at)
        VALUES ('SQL-A', 1, '2025-03-10T10:00:00Z', 'N1', false, '2025-03-10T10:00:00Z'),
               ('SQL-A', 2, '2026-03-10T10:00:00Z', 'N2', true, '2026-03-20T10:00:00Z'),
               ('SQL-B', 1, '2025-03-10T10:00:00Z', 'N1', false, '2025-03-10T10:00:00Z'),
               ('SQL-B', 2, '2026-03-11T10:00:00Z', NULL, false, '2026-03-11T10:00:00Z');
        """;

    private static Dictionary<(string, int), (bool ReReferral, string RuleId)> ByReferral(List<Dictionary<string, object?>> rows) =>
        rows.ToDictionary(r => ((string)r["child_id"]!, (int)r["referral_number"]!), r => ((bool)r["re_referral"]!, (string)r["rule_id"]!));

    [Fact]
    public async Task A_referral_within_twelve_months_of_the_childs_last_is_a_re_referral_in_the_view()
    {
        var rows = ByReferral(await store.Rows(Referrals, "SELECT * FROM journey.referrals_with_rereferral"));

        rows.ShouldBe(new Dictionary<(string, int), (bool, string)>
        {
            [("SQL-A", 1)] = (false, "re-referral-12m"),
            [("SQL-A", 2)] = (true, "re-referral-12m"),
            [("SQL-B", 1)] = (false, "re-referral-12m"),
            [("SQL-B", 2)] = (false, "re-referral-12m"),
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task Referrals_as_at_leaves_out_referrals_made_later_and_as_recorded_those_recorded_later()
    {
        const string at = "'2026-03-15T00:00:00Z'";
        var asOccurred = ByReferral(await store.Rows(Referrals, $"SELECT * FROM journey.referrals_as_at({at})"));
        var asOccurredTwoArguments = ByReferral(await store.Rows(Referrals, $"SELECT * FROM journey.referrals_as_at({at}, false)"));
        var asRecorded = ByReferral(await store.Rows(Referrals, $"SELECT * FROM journey.referrals_as_at({at}, true)"));
        var before = ByReferral(await store.Rows(Referrals, "SELECT * FROM journey.referrals_as_at('2026-03-10T12:00:00Z')"));

        asOccurred.Keys.ShouldBe([("SQL-A", 1), ("SQL-A", 2), ("SQL-B", 1), ("SQL-B", 2)], ignoreOrder: true);
        asOccurred[("SQL-A", 2)].ReReferral.ShouldBeTrue();
        asOccurredTwoArguments.ShouldBe(asOccurred, ignoreOrder: true);
        asRecorded.Keys.ShouldBe([("SQL-A", 1), ("SQL-B", 1), ("SQL-B", 2)], ignoreOrder: true);
        before.Keys.ShouldBe([("SQL-A", 1), ("SQL-A", 2), ("SQL-B", 1)], ignoreOrder: true);
    }
}
