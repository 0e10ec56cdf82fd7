using Journey.Api.Authorisation;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Roles;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Journey.IntegrationTests.Roles;

/// <summary>
/// Analysts' direct SQL (decision 58): the analyst role reads the analytics schema only, whose views and
/// functions carry the same pseudonyms the API gives analysts, no names and no dates of birth; the journey
/// schema, the events and the key stay out of its reach.
/// </summary>
public sealed class AnalystRoleTests(JourneyHost host)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_analyst_role_sees_the_pseudonyms_the_API_gives_analysts_and_neither_ids_names_nor_birth_dates()
    {
        var child = JourneyApi.NewChildId();
        var family = "FAM-" + child;
        var worker = host.ClientFor("sw.sam.taylor");
        await worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "3B", concerns = "Bruising", consent = "Given" });
        await worker.RecordOk(child, "details", new { recordedAt = "2026-03-02T10:00:00Z", dateOfBirth = "2013-07-19", gender = "F", ethnicity = "WBRI" });
        await worker.RecordOk(child, "family", new { linkedAt = "2026-03-02T11:00:00Z", familyId = family, relationship = "Sibling" });

        var pseudonyms = host.Services.GetRequiredService<Pseudonyms>();
        var pseudonym = pseudonyms.Child(child);
        (await Analyst($"SELECT count(*)::text FROM analytics.measure_clocks WHERE child_id = '{pseudonym}'")).ShouldNotBe("0");
        (await Analyst($"SELECT count(*)::text FROM analytics.measures WHERE child_id = '{pseudonym}'")).ShouldNotBe("0");
        (await Analyst($"SELECT count(*)::text FROM analytics.measures_at(now(), false) WHERE child_id = '{pseudonym}'")).ShouldNotBe("0");
        (await Analyst($"SELECT family_id FROM analytics.family_members WHERE child_id = '{pseudonym}'")).ShouldBe(pseudonyms.Family(family));
        // An age instead of the date of birth (whole years today, as journey.age_in_years counts them).
        var age = await Analyst($"SELECT age::text FROM analytics.children WHERE child_id = '{pseudonym}'");
        age.ShouldBe(await Owner("SELECT journey.age_in_years('2013-07-19', current_date)::text"));

        // No view shows the child's real id or family id in any column, whatever its name, nor its birth date in the child's rows.
        foreach (var view in await Views())
            (await Analyst($"SELECT count(*)::text FROM analytics.{view} v WHERE v::text LIKE '%{child}%'")).ShouldBe("0", $"analytics.{view} shows the child's id");
        var childViews = await Column("SELECT c.relname::text FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'child_id' WHERE c.relnamespace = 'analytics'::regnamespace");
        childViews.Count.ShouldBeGreaterThan(20);
        foreach (var view in childViews)
        {
            var leaked = await Analyst($"SELECT count(*)::text FROM analytics.{view} v WHERE v.child_id = '{pseudonym}' AND v::text LIKE '%2013-07-19%'");
            leaked.ShouldBe("0", $"analytics.{view} shows the child's date of birth");
        }
    }

    [Fact]
    public async Task No_analytics_view_or_function_has_a_name_or_birth_date_column()
    {
        var columns = await Column("""
            SELECT a.attname::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.relnamespace = 'analytics'::regnamespace AND a.attnum > 0
            UNION
            SELECT a.name FROM pg_proc p, unnest(p.proargnames, p.proargmodes::text[]) a(name, mode)
            WHERE p.pronamespace = 'analytics'::regnamespace AND a.mode = 't'
            """);
        columns.ShouldContain("child_id");
        columns.ShouldContain("age");
        columns.Where(c => PseudonymisedColumns.Withheld.Contains(PseudonymisedColumns.Key(c))).ShouldBeEmpty();
        (await Views()).ShouldContain("measures");
    }

    [Theory]
    [InlineData("SELECT * FROM journey.measure_clocks", "permission denied for schema journey")]
    [InlineData("SELECT * FROM journey.mt_events", "permission denied for schema journey")]
    [InlineData("SELECT * FROM journey.children", "permission denied for schema journey")]
    [InlineData("SELECT key FROM journey_private.pseudonym_key", "permission denied for schema journey_private")]
    [InlineData("CREATE VIEW analytics.mine AS SELECT 1", "permission denied for schema analytics")]
    public async Task The_analyst_role_cannot_reach_the_journey_schema_the_events_or_the_key(string sql, string message)
    {
        var refused = await Should.ThrowAsync<PostgresException>(() => Analyst(sql));
        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        refused.MessageText.ShouldBe(message);
    }

    [Fact]
    public async Task The_analyst_role_cannot_call_the_private_pseudonym_functions_directly()
    {
        // A function computing a pseudonym for any id it is given would undo the pseudonyms by trying ids.
        var refused = await Should.ThrowAsync<PostgresException>(() => Analyst("SELECT * FROM journey_private.analytics_measures()"));
        refused.MessageText.ShouldBe("permission denied for schema journey_private");
    }

    [Fact]
    public async Task A_journey_function_taking_text_gets_no_analytics_twin_as_it_could_pair_an_id_with_its_pseudonym()
    {
        await using var owner = new NpgsqlConnection(host.ConnectionString);
        await owner.OpenAsync(Cancel);
        // In a transaction rolled back at the end, so the shared database's analytics schema is left as it was.
        await using var transaction = await owner.BeginTransactionAsync(Cancel);
        await using (var create = new NpgsqlCommand("""
            CREATE FUNCTION journey.rows_for_child(p_child text) RETURNS TABLE (child_id text) LANGUAGE sql AS 'SELECT p_child';
            CREATE FUNCTION journey.rows_as_at(as_at timestamptz) RETURNS TABLE (child_id text) LANGUAGE sql AS 'SELECT ''C-1''::text';
            """, owner))
            await create.ExecuteNonQueryAsync(Cancel);
        await AnalyticsViews.Build(owner, "journey_private", Cancel);
        await using var twins = new NpgsqlCommand("SELECT string_agg(proname, ',' ORDER BY proname) FROM pg_proc WHERE pronamespace = 'analytics'::regnamespace AND proname LIKE 'rows\\_%'", owner);
        ((string)(await twins.ExecuteScalarAsync(Cancel))!).ShouldBe("rows_as_at");
        await transaction.RollbackAsync(Cancel);
    }

    private Task<List<string>> Views() => Column("SELECT c.relname::text FROM pg_class c WHERE c.relnamespace = 'analytics'::regnamespace AND c.relkind = 'v' ORDER BY 1");

    private async Task<List<string>> Column(string sql)
    {
        await using var connection = new NpgsqlConnection(host.AnalystConnectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        var values = new List<string>();
        while (await reader.ReadAsync(Cancel)) values.Add(reader.GetString(0));
        return values;
    }

    private Task<string> Analyst(string sql) => Scalar(host.AnalystConnectionString, sql);

    private Task<string> Owner(string sql) => Scalar(host.ConnectionString, sql);

    private static async Task<string> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync(Cancel))!;
    }
}
