using Journey.Domain.Children;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// Two children of a team of their own whose clocks run from birthdays (decision 37), for what analysts may see of
/// them (decision 63). <see cref="InCareAt16"/> was looked after on the 16th birthday, so both clocks start on it:
/// the needs assessment was late and the personal adviser is still due, on the 18th birthday (open).
/// <see cref="CareLeaver"/> came into care after 16 (the clocks start on entering care; the adviser is still due on the
/// 18th birthday), left at 18 and was in touch around the 19th birthday. The first child's id sorts first and its
/// clocks start last, so a list sorted by start puts them the other way round from one sorted by id.
/// </summary>
public sealed record BirthdayClockChildren(string Team, string InCareAt16, string CareLeaver)
{
    public const string Adviser = "personal-adviser-allocated";
    public const string Needs = "leaving-care-needs-assessment";

    /// <summary>16 on Monday 13 October 2025, 18 on Wednesday 13 October 2027; the needs assessment due 13 January 2026.</summary>
    public static readonly DateOnly InCareAt16Born = new(2009, 10, 13);

    /// <summary>16 on 21 June 2023 (in care from 4 September 2023), 18 on 21 June 2025, 19 on 21 June 2026.</summary>
    public static readonly DateOnly CareLeaverBorn = new(2007, 6, 21);

    public static async Task<BirthdayClockChildren> Record(JourneyHost host)
    {
        var team = $"Birthdays {Guid.NewGuid():N}"[..19];
        var suffix = Guid.NewGuid().ToString("N")[..10];
        // The child whose clocks start later (13 October 2025) gets the id that sorts first.
        var children = new BirthdayClockChildren(team, $"T-0{suffix}", $"T-z{suffix}");
        await Append(host, children.InCareAt16,
            new ContactReceived(1, At("2024-03-04T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new CaseAllocated(At("2024-03-05T09:00:00Z"), team, "Wendy Worker"),
            new ChildDetailsRecorded(At("2024-03-05T10:00:00Z"), InCareAt16Born, null, "F", "WBRI"),
            new EnteredCare(1, At("2024-05-01T12:00:00+01:00"), "C2", false, false),
            new LeavingCareNeedsAssessed(At("2026-02-20T11:00:00Z")));
        await Append(host, children.CareLeaver,
            new ContactReceived(1, At("2023-08-28T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new CaseAllocated(At("2023-08-29T09:00:00Z"), team, "Wendy Worker"),
            new ChildDetailsRecorded(At("2023-08-29T10:00:00Z"), CareLeaverBorn, null, "M", "WBRI"),
            new EnteredCare(1, At("2023-09-04T12:00:00+01:00"), "V2", false, false),
            new PersonalAdviserAllocated(At("2025-07-01T10:00:00+01:00"), "Alex Morgan"),
            new LeftCare(1, At("2025-08-01T12:00:00+01:00"), "E11"),
            new CareLeaverContactMade(At("2026-05-10T10:00:00+01:00"), "YES", "F1", "B", true));
        return children;
    }

    /// <summary>
    /// Every date a child's date of birth gives (its birthdays to 25, the needs assessment's due date 3 months after
    /// the 16th, the in-touch windows from 3 months before to 1 month after the 17th to 21st) in the yyyy-MM-dd form
    /// every answer writes dates in: none may reach an analyst.
    /// </summary>
    public static IReadOnlyList<string> DatesFrom(DateOnly born)
    {
        var dates = new List<DateOnly>();
        for (var age = 0; age <= 25; age++) dates.Add(born.AddYears(age));
        dates.Add(born.AddYears(16).AddMonths(3));
        for (var age = 17; age <= 21; age++) dates.AddRange([born.AddYears(age).AddMonths(-3), born.AddYears(age).AddMonths(1)]);
        return dates.Select(d => d.ToString("yyyy-MM-dd")).ToArray();
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    private static async Task Append(JourneyHost host, string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
