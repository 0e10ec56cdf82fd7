using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections;
using Marten;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// A database made before the chains had an as-recorded view (a one-argument chain function, held
/// tables without recorded_at) takes the new schema in place: both forms of the function, and the
/// recorded columns, empty on the rows already there.
/// </summary>
public sealed class AsRecordedChainUpgradeTests
{
    [Fact]
    public async Task A_database_with_the_one_argument_chain_function_is_upgraded_to_both_forms()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.Create();
        await using (var first = DocumentStore.For(options => JourneyStore.Configure(options, database.ConnectionString, TimelinessClocks.Default)))
            await first.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        // The schema as it was: only the one-argument function, and no recorded time on a visit.
        await Sql.Execute(database.ConnectionString, """
            DROP FUNCTION journey.protection_visits_as_at(timestamptz);
            DROP FUNCTION journey.protection_visits_as_at(timestamptz, boolean);
            CREATE FUNCTION journey.protection_visits_as_at(as_at timestamptz)
            RETURNS TABLE (child_id text, plan_number integer, visit integer, due_date date, held_at timestamptz, status text)
            LANGUAGE sql STABLE AS $fn$ SELECT 'old'::text, 1, 1, NULL::date, NULL::timestamptz, 'met'::text $fn$;
            -- Nor the KPI months' marking trigger (decision 143), which reads recorded_at and came after it.
            DROP TRIGGER protection_visits_kpi_mark ON journey.protection_visits;
            ALTER TABLE journey.protection_visits DROP COLUMN recorded_at;
            INSERT INTO journey.protection_visits (child_id, version, plan_number, held_at) VALUES ('UPG-1', 2, 1, now());
            """, cancellation);

        await using (var upgraded = DocumentStore.For(options => JourneyStore.Configure(options, database.ConnectionString, TimelinessClocks.Default)))
            await upgraded.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await Sql.Scalar<long>(database.ConnectionString, "SELECT count(*) FROM journey.protection_visits_as_at(now())", cancellation)).ShouldBe(0L);
        (await Sql.Scalar<long>(database.ConnectionString, "SELECT count(*) FROM journey.protection_visits_as_at(now(), true)", cancellation)).ShouldBe(0L);
        (await Sql.Scalar<long>(database.ConnectionString, "SELECT count(*) FROM journey.protection_visits WHERE recorded_at IS NULL", cancellation)).ShouldBe(1L);
    }
}
