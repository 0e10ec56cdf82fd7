using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections;
using Journey.Projections.Reference;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// The same journey measured under the default rulebook (the shared host) and under the Sandwell
/// rule set (a store of its own on a second database, configured as the service configures one), in
/// both the clocks and the SQL rulebook; and an unknown rule set stopping start-up.
/// </summary>
public sealed class RuleSetTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    [Fact]
    public async Task The_same_assessment_is_due_as_each_rule_set_says_in_the_clocks_and_in_sql()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var sandwell = TimelinessClocks.ForRuleSet("sandwell");
        await using var database = await TestDatabase.Create();
        await using var store = DocumentStore.For(options => JourneyStore.Configure(options, database.ConnectionString, sandwell));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await new ReferenceDataSeed(sandwell.Calendar, sandwell.Rulebook).Populate(store, cancellation);

        var child = JourneyApi.NewChildId();
        IJourneyEvent[] journey =
        [
            new ContactReceived(1, At("2016-03-01T09:00:00Z"), "2A", "c", ConsentStatus.Given, null, false),
            new FrontDoorDecisionMade(1, At("2016-03-01T10:00:00Z"), FrontDoorOutcome.ReferralForAssessment, "r", "m"),
            new ReferralAccepted(1, 1, At("2016-03-01T10:05:00Z"), null),            // Tuesday 1 March 2016
            new AssessmentStarted(1, 1, At("2016-03-02T10:00:00Z")),
            new AssessmentAuthorised(1, 1, At("2016-04-06T10:00:00+01:00"), "tm"),  // Wednesday 6 April
        ];
        await Append(host.Store, child, journey);
        await Append(store, child, journey);

        // Default: 45 working days, due Fri 6 May (Easter and the early May bank holiday skipped); 24 working days taken.
        (await Assessment(host.ConnectionString, child)).ShouldBe("2016-05-06|24|met|assessment-45wd-2013|working-days");
        // Sandwell 2016: 35 calendar days, due Tue 5 April; 36 days taken.
        (await Assessment(database.ConnectionString, child)).ShouldBe("2016-04-05|36|late|assessment-35d-sandwell-2016|days");

        // A measure the rule set leaves alone is the same under both (45 working days from Wed 2 March: Mon 9 May).
        (await Scalar<DateOnly>(host.ConnectionString, $"SELECT due_date FROM journey.measures WHERE child_id = '{child}' AND measure = 'assessment-from-start'"))
            .ShouldBe(new DateOnly(2016, 5, 9));
        (await Scalar<DateOnly>(database.ConnectionString, $"SELECT due_date FROM journey.measures WHERE child_id = '{child}' AND measure = 'assessment-from-start'"))
            .ShouldBe(new DateOnly(2016, 5, 9));

        // The chains' SQL due dates read the same merged rulebook, calendar days included.
        const string due = "SELECT due_date FROM journey.due_by_rule('assessment', DATE '2016-03-01', DATE '2016-03-01')";
        (await Scalar<DateOnly>(host.ConnectionString, due)).ShouldBe(new DateOnly(2016, 5, 6));
        (await Scalar<DateOnly>(database.ConnectionString, due)).ShouldBe(new DateOnly(2016, 4, 5));
        (await Scalar<long>(database.ConnectionString, "SELECT count(*) FROM journey.timescale_rules WHERE measure = 'assessment'")).ShouldBe(4L);
    }

    [Fact]
    public void An_unknown_rule_set_stops_start_up_with_a_clear_message()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("JOURNEY_DB", host.ConnectionString);
            builder.UseSetting("Journey:RuleSet", "lambeth");
        });
        var failure = Should.Throw<Exception>(() => factory.Server);
        failure.ToString().ShouldContain("Journey:RuleSet 'lambeth' is not a known rule set. Known rule sets: default, sandwell");
    }

    private static async Task<string> Assessment(string connectionString, string child)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT due_date, elapsed, status, rule_id, unit FROM journey.measures WHERE child_id = @c AND measure = 'assessment'", connection);
        command.Parameters.AddWithValue("c", child);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        (await reader.ReadAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
        return $"{reader.GetFieldValue<DateOnly>(0):yyyy-MM-dd}|{reader.GetDecimal(1)}|{reader.GetString(2)}|{reader.GetString(3)}|{reader.GetString(4)}";
    }

    private static async Task<T> Scalar<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        (await reader.ReadAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
        return reader.GetFieldValue<T>(0);
    }

    private static async Task Append(IDocumentStore store, string child, IJourneyEvent[] events)
    {
        await using var session = store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
