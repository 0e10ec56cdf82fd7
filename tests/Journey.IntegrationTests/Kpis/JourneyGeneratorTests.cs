using Journey.Synthetic;

namespace Journey.IntegrationTests.Kpis;

public sealed class JourneyGeneratorTests
{
    private static readonly GeneratorOptions Options = new(11, new DateOnly(2023, 4, 1), 1, 200, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_same_options_give_the_same_lines()
    {
        JourneyGenerator.Lines(Options).ToList().ShouldBe(JourneyGenerator.Lines(Options).ToList());
    }

    [Fact]
    public void Another_seed_gives_other_journeys()
    {
        JourneyGenerator.Lines(Options with { Seed = 12 }).ToList().ShouldNotBe(JourneyGenerator.Lines(Options).ToList());
    }

    [Fact]
    public void Nothing_is_dated_after_now()
    {
        var now = new DateTimeOffset(2023, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var lines = JourneyGenerator.Lines(Options with { Now = now }).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => l.GetProperty("occurredAt").GetDateTimeOffset() <= now && l.GetProperty("recordedAt").GetDateTimeOffset() <= now);
    }
}

/// <summary>
/// A generated authority-year has the volumes and shapes of domain reference section 6, scaled to its
/// 17,000 first contacts (75,000 children): about 17,000 contacts, 3,900 referrals, 1,400 section 47
/// enquiries and 450 initial conferences; re-referrals near 22% of referrals; about 80% of initial
/// conferences within 15 working days of the strategy discussion and 86% of assessments within 45
/// working days of the referral; and some steps recorded late. Counted from the lines themselves, with
/// the domain's own calendar; "about" is within a tenth (a few points for shares).
/// </summary>
public sealed class GeneratedAuthorityShapeTests
{
    private static readonly GeneratorOptions Year = new(5, new DateOnly(2024, 4, 1), 1, 17_000, new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
    private static readonly Lazy<List<(string Child, string Type, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt)>> Steps = new(() =>
        JourneyGenerator.Lines(Year).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).Select(e => (
            e.GetProperty("childId").GetString()!, e.GetProperty("type").GetString()!,
            e.GetProperty("occurredAt").GetDateTimeOffset(), e.GetProperty("recordedAt").GetDateTimeOffset())).ToList());

    private static readonly Journey.Domain.Calendars.WorkingDayCalendar Calendar = Journey.Domain.Calendars.WorkingDayCalendar.EnglandAndWales;
    private static DateOnly UkDate(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    private static int Count(string type) => Steps.Value.Count(s => s.Type == type);

    [Theory]
    [InlineData("ContactReceived", 17_000)]
    [InlineData("ReferralAccepted", 3_900)]
    [InlineData("Section47Concluded", 1_400)]
    [InlineData("InitialConferenceHeld", 450)]
    public void Volumes_are_those_of_an_authority_of_75000_children(string type, int expected) =>
        Count(type).ShouldBeInRange((int)(expected * 0.9), (int)(expected * 1.1), $"{type}: {Count(type)}");

    [Fact]
    public void About_22_percent_of_referrals_are_re_referrals_within_twelve_months()
    {
        var referrals = Steps.Value.Where(s => s.Type == "ReferralAccepted").GroupBy(s => s.Child).ToList();
        var reReferrals = referrals.Sum(g => g.OrderBy(s => s.OccurredAt).Zip(g.OrderBy(s => s.OccurredAt).Skip(1))
            .Count(p => p.Second.OccurredAt <= p.First.OccurredAt.AddMonths(12)));
        ((double)reReferrals / referrals.Sum(g => g.Count())).ShouldBeInRange(0.19, 0.25);
    }

    [Fact]
    public void About_80_percent_of_initial_conferences_are_held_within_15_working_days_of_the_discussion()
    {
        var inTime = Steps.Value.GroupBy(s => s.Child).SelectMany(child =>
        {
            var ordered = child.OrderBy(s => s.OccurredAt).ToList();
            return ordered.Where(s => s.Type == "InitialConferenceHeld").Select(conference =>
            {
                var discussion = ordered.Last(s => s.Type == "StrategyDiscussionHeld" && s.OccurredAt <= conference.OccurredAt);
                return UkDate(conference.OccurredAt) <= Calendar.AddWorkingDays(UkDate(discussion.OccurredAt), 15);
            });
        }).ToList();
        ((double)inTime.Count(t => t) / inTime.Count).ShouldBeInRange(0.75, 0.85);
    }

    [Fact]
    public void About_86_percent_of_assessments_are_authorised_within_45_working_days_of_the_referral()
    {
        var inTime = Steps.Value.GroupBy(s => s.Child).SelectMany(child =>
        {
            var ordered = child.OrderBy(s => s.OccurredAt).ToList();
            return ordered.Where(s => s.Type == "AssessmentAuthorised").Select(authorised =>
            {
                var referral = ordered.Last(s => s.Type == "ReferralAccepted" && s.OccurredAt <= authorised.OccurredAt);
                return UkDate(authorised.OccurredAt) <= Calendar.AddWorkingDays(UkDate(referral.OccurredAt), 45);
            });
        }).ToList();
        ((double)inTime.Count(t => t) / inTime.Count).ShouldBeInRange(0.81, 0.91);
    }

    [Fact]
    public void Some_steps_are_recorded_days_after_they_happened()
    {
        var late = Steps.Value.Count(s => s.RecordedAt - s.OccurredAt >= TimeSpan.FromDays(3));
        ((double)late / Steps.Value.Count).ShouldBeInRange(0.04, 0.12);
    }
}
