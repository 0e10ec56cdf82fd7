using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections;
using Marten;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// A database made before placement stability, permanence plans, the pre-proceedings summary and
/// care leavers in touch had an as-recorded view (one-argument functions only, no recorded times on
/// placements for adoption, permanence plans, care leaver contacts or referrals, no referrals_as_at)
/// takes the new schema in place: both forms of each function, and the recorded columns, empty on
/// the rows already there.
/// </summary>
public sealed class AsRecordedMeasureUpgradeTests
{
    private static readonly string[] Functions =
        ["placement_stability_as_at", "permanence_plans_as_at", "pre_proceedings_as_at", "care_leavers_in_touch_as_at"];

    [Fact]
    public async Task A_database_with_the_one_argument_measure_functions_is_upgraded_to_both_forms()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.Create();
        await using (var first = DocumentStore.For(options => JourneyStore.Configure(options, database.ConnectionString, TimelinessClocks.Default)))
            await first.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        // The schema as it was: each function with its one argument only (returning the same columns
        // as now, from a body that returns nothing, so that a body left in place would show), no
        // referrals_as_at, and no recorded times.
        foreach (var function in Functions)
        {
            var columns = await Sql.Scalar<string>(database.ConnectionString,
                $"SELECT pg_get_function_result('journey.{function}(timestamptz)'::regprocedure)", cancellation);
            await Sql.Execute(database.ConnectionString, $"""
                DROP FUNCTION journey.{function}(timestamptz);
                DROP FUNCTION journey.{function}(timestamptz, boolean);
                CREATE FUNCTION journey.{function}(as_at timestamptz) RETURNS {columns} LANGUAGE plpgsql STABLE AS $fn$ BEGIN RETURN; END $fn$;
                """, cancellation);
        }
        // The view referrals_with_rereferral read the table then; it reads referrals_as_at now (decision 146), so it
        // goes first, and the upgrade makes it again.
        await Sql.Execute(database.ConnectionString, """
            DROP VIEW journey.referrals_with_rereferral;
            DROP FUNCTION journey.referrals_as_at(timestamptz);
            DROP FUNCTION journey.referrals_as_at(timestamptz, boolean);
            ALTER TABLE journey.care_entries DROP COLUMN placed_for_adoption_recorded_at;
            ALTER TABLE journey.permanence_plans DROP COLUMN recorded_at;
            ALTER TABLE journey.care_leaver_contacts DROP COLUMN recorded_at;
            ALTER TABLE journey.referrals DROP COLUMN recorded_at;
            -- Rows written then: no recorded times, so known as occurred but not as recorded.
            INSERT INTO journey.referrals (child_id, referral_number, referred_at) VALUES ('UPG-1', 1, now() - interval '1 day');
            INSERT INTO journey.timescale_rules (rule_id, measure, unit, target, effective_from, basis)
              VALUES ('re-referral-12m', 're-referral', 'months', 12, '2010-01-01', 'test');
            INSERT INTO journey.care_entries (child_id, care_episode_number, entered_at, legal_status, planned)
              VALUES ('UPG-1', 1, now() - interval '1 day', 'C2', false);
            INSERT INTO journey.pre_proceedings (child_id, pre_proceedings_number, entered_at) VALUES ('UPG-1', 1, now() - interval '1 day');
            """, cancellation);

        await using (var upgraded = DocumentStore.For(options => JourneyStore.Configure(options, database.ConnectionString, TimelinessClocks.Default)))
            await upgraded.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        foreach (var (function, asOccurred) in new[]
                 {
                     ("placement_stability_as_at", 1L), ("permanence_plans_as_at", 1L), ("pre_proceedings_as_at", 1L),
                     ("care_leavers_in_touch_as_at", 0L), ("referrals_as_at", 1L),
                 })
        {
            (await Sql.Scalar<long>(database.ConnectionString, $"SELECT count(*) FROM journey.{function}(now())", cancellation)).ShouldBe(asOccurred, function);
            (await Sql.Scalar<long>(database.ConnectionString, $"SELECT count(*) FROM journey.{function}(now(), false)", cancellation)).ShouldBe(asOccurred, function);
            (await Sql.Scalar<long>(database.ConnectionString, $"SELECT count(*) FROM journey.{function}(now(), true)", cancellation)).ShouldBe(0L, function);
        }
        (await Sql.Scalar<long>(database.ConnectionString, "SELECT count(*) FROM journey.referrals WHERE recorded_at IS NULL", cancellation)).ShouldBe(1L);
        (await Sql.Scalar<long>(database.ConnectionString, "SELECT count(*) FROM journey.referrals_with_rereferral", cancellation)).ShouldBe(1L);
        foreach (var (table, column) in new[]
                 {
                     ("care_entries", "placed_for_adoption_recorded_at"), ("permanence_plans", "recorded_at"), ("care_leaver_contacts", "recorded_at"),
                 })
            (await Sql.Scalar<long>(database.ConnectionString, $"""
                SELECT count(*) FROM information_schema.columns WHERE table_schema = 'journey' AND table_name = '{table}' AND column_name = '{column}'
                """, cancellation)).ShouldBe(1L, table);
    }
}
