using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// The rulebook's durations and windows at their edges, in UK dates as their words count them
/// (decision 77): a plan of "3 months or less" or "2 years or more" (the DfE's plan length is "the
/// time between the child protection plan start date and end date"), a repeat plan within 2 years
/// of the previous plan ending, a re-referral "during the 12 months prior to the referral". The
/// hour of the day on the last date no longer decides.
/// </summary>
public sealed class DurationAndWindowDateTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static ContactReceived Contact(string at) => new(1, At(at), "6", "c", ConsentStatus.NotRequired, null, false);

    [Theory]
    // Begun at 10:00 on 14 January 2025: 14 April is the date 3 months on, whatever the hour it ends.
    [InlineData("2025-04-14T15:00:00+01:00", true)]
    [InlineData("2025-04-15T09:00:00+01:00", false)]
    public async Task A_plan_ending_on_the_date_three_months_on_lasted_three_months_or_less(string endedAt, bool shortPlan)
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2025-01-02T09:00:00+00:00"),
            new ProtectionPlanStarted(1, 1, At("2025-01-14T10:00:00+00:00"), "NEG"),
            new ProtectionPlanEnded(1, At(endedAt), "Risk reduced"));

        (await Flag(child, 1, "ended_within_three_months", At("2025-12-01T00:00:00Z"))).ShouldBe(shortPlan);
    }

    [Theory]
    // Begun at 15:00 on 3 June 2024: on 3 June 2026 it has lasted 2 years, from the first minute of the day.
    [InlineData("2026-06-03T00:30:00+01:00", true)]
    [InlineData("2026-06-02T23:30:00+01:00", false)]
    public async Task A_plan_lasts_two_years_or_more_from_the_date_two_years_on(string asAt, bool longPlan)
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2024-05-20T09:00:00+01:00"),
            new ProtectionPlanStarted(1, 1, At("2024-06-03T15:00:00+01:00"), "EMO"));

        (await Flag(child, 1, "lasted_two_years", At(asAt))).ShouldBe(longPlan);
    }

    [Theory]
    // The first plan ended at 15:00 on 1 March 2023; a plan starting on 1 March 2025, at any hour, starts within 2 years.
    [InlineData("2025-03-01T16:00:00+00:00", true)]
    [InlineData("2025-03-02T09:00:00+00:00", false)]
    public async Task A_plan_starting_on_the_date_two_years_after_the_last_one_ended_is_a_repeat_within_two_years(string startedAt, bool within)
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2023-01-02T09:00:00+00:00"),
            new ProtectionPlanStarted(1, 1, At("2023-01-10T10:00:00+00:00"), "NEG"),
            new ProtectionPlanEnded(1, At("2023-03-01T15:00:00+00:00"), "Risk reduced"),
            new ProtectionPlanStarted(2, 2, At(startedAt), "NEG"));

        (await Flag(child, 2, "repeat_within_two_years", At("2025-12-01T00:00:00Z"))).ShouldBe(within);
    }

    [Theory]
    // Referred at 10:00 on 10 January 2025: a referral on 10 January 2026, at any hour, is within the 12 months.
    [InlineData("2026-01-10T11:00:00+00:00", true)]
    [InlineData("2026-01-11T09:00:00+00:00", false)]
    public async Task A_referral_on_the_date_twelve_months_after_the_last_is_a_re_referral(string referredAt, bool reReferral)
    {
        var child = JourneyApi.NewChildId();
        IJourneyEvent[] Referral(int n, DateTimeOffset at) =>
        [
            new ContactReceived(n, at.AddHours(-2), "2A", "c", ConsentStatus.Given, null, false),
            new FrontDoorDecisionMade(n, at.AddHours(-1), FrontDoorOutcome.ReferralForAssessment, "r", "m"),
            new ReferralAccepted(n, n, at, "N1"),
        ];
        await Append(child, [.. Referral(1, At("2025-01-10T10:00:00+00:00")), .. Referral(2, At(referredAt))]);

        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT re_referral FROM journey.referrals_with_rereferral WHERE child_id = @child AND referral_number = 2", connection);
        command.Parameters.AddWithValue("child", child);
        ((bool)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!).ShouldBe(reReferral);
    }

    private async Task<bool> Flag(string child, int plan, string column, DateTimeOffset asAt)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT {column} FROM journey.protection_plans_as_at(@at) WHERE child_id = @child AND plan_number = @plan", connection);
        command.Parameters.AddWithValue("at", asAt.ToUniversalTime());
        command.Parameters.AddWithValue("child", child);
        command.Parameters.AddWithValue("plan", plan);
        return (bool)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
