using System.Text.RegularExpressions;
using Journey.Domain.FrontDoor;
using Journey.Domain.Protection;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// A clock set in months reports its elapsed time in days, and every answer says so: JSON, CSV, the
/// SQL view and the chronology (decision 106).
/// </summary>
public sealed partial class ElapsedUnitTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private readonly HttpClient _auditor = host.ClientFor("auditor.ann", "auditor");

    /// <summary>A protection plan from Monday 2 March 2026: its first review conference is due within 3 months.</summary>
    private async Task<string> ChildOnAPlan()
    {
        var child = JourneyApi.NewChildId();
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child,
            new ContactReceived(1, At("2026-02-02T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new ProtectionPlanStarted(1, 1, At("2026-03-02T14:00:00Z"), "NEG"));
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        return child;
    }

    [Fact]
    public async Task A_clock_set_in_months_says_its_elapsed_time_is_in_days_as_json_csv_and_sql()
    {
        var child = await ChildOnAPlan();
        var cancellation = TestContext.Current.CancellationToken;

        var row = (await _auditor.GetArray($"/api/measures?childId={child}&measure=first-review-conference&asAt=2026-03-31")).Single()!;
        row["unit"]!.GetValue<string>().ShouldBe("months");
        row["elapsed"]!.GetValue<decimal>().ShouldBe(29m); // 2 to 31 March
        row["elapsedUnit"]!.GetValue<string>().ShouldBe("days");

        var csv = (await _auditor.GetStringAsync($"/api/measures.csv?childId={child}&measure=first-review-conference&asAt=2026-03-31", cancellation))
            .Split("\r\n");
        csv[0].ShouldContain(",elapsed,elapsed_unit,status,");
        csv[1].ShouldContain(",29,days,open-in-time,");

        // A working-days clock counts in working days, an hours clock in hours.
        var units = (await _auditor.GetArray($"/api/measures?childId={child}&asAt=2026-03-31"))
            .ToDictionary(r => r!["measure"]!.GetValue<string>(), r => (r!["unit"]!.GetValue<string>(), r["elapsedUnit"]!.GetValue<string>()));
        units.Values.ShouldAllBe(u => u.Item2 == (u.Item1 == "hours" ? "hours" : u.Item1 == "working-days" ? "working-days" : "days"));

        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            "SELECT unit || '|' || elapsed_unit FROM journey.measures WHERE child_id = @c AND measure = 'first-review-conference'", connection);
        command.Parameters.AddWithValue("c", child);
        (await command.ExecuteScalarAsync(cancellation)).ShouldBe("months|days");
    }

    [Fact]
    public async Task The_chronology_prints_a_clock_set_in_months_as_days_elapsed()
    {
        var child = await ChildOnAPlan();

        var html = await _auditor.GetStringAsync($"/api/children/{child}/export.html", TestContext.Current.CancellationToken);

        var row = MeasureRow().Matches(html).Select(m => m.Value).Single(r => r.Contains(">first-review-conference<", StringComparison.Ordinal));
        row.ShouldMatch(@"<td>\d+ days</td>");
        row.ShouldNotContain("months");
    }

    [GeneratedRegex("<tr><td>[a-z0-9-]+</td>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex MeasureRow();
}
