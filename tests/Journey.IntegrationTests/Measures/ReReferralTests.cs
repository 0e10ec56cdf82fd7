using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>A referral within 12 months of the child's previous referral is a re-referral.</summary>
public sealed class ReReferralTests(JourneyHost host)
{
    [Fact]
    public async Task Referrals_within_12_months_of_the_previous_one_are_re_referrals()
    {
        var child = JourneyApi.NewChildId();
        IJourneyEvent[] Referral(int n, string at) =>
        [
            new ContactReceived(n, DateTimeOffset.Parse(at).AddHours(-2), "2A", "c", ConsentStatus.Given, null, false),
            new FrontDoorDecisionMade(n, DateTimeOffset.Parse(at).AddHours(-1), FrontDoorOutcome.ReferralForAssessment, "r", "m"),
            new ReferralAccepted(n, n, DateTimeOffset.Parse(at), "N1"),
        ];
        await using (var session = host.Store.LightweightSession())
        {
            session.Events.Append(child, Referral(1, "2025-01-10T10:00:00Z")
                .Concat(Referral(2, "2026-01-09T10:00:00Z"))     // within 12 months of the first
                .Concat(Referral(3, "2027-01-11T10:00:00Z"))     // more than 12 months after the second
                .Cast<object>().ToArray());
            await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var rows = await host.ClientFor("analyst.kim").GetArray($"/api/referrals?childId={child}");

        rows.Select(r => r!["reReferral"]!.GetValue<bool>()).ShouldBe([false, true, false]);
        rows.ShouldAllBe(r => r!["ruleId"]!.GetValue<string>() == "re-referral-12m");
    }
}
