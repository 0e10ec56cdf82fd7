using Journey.Domain.Calendars;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Timescales;

namespace Journey.Domain.Returns;

/// <summary>
/// The CIN census validator's rules Journey checks itself (Data to Insight csc-validator-be-cin, ruleset cin2025_26 and
/// the years it inherits; docs/returns.md "Validator rules at entry"). Each rule reads the journey as it stands and
/// names every fact that breaks it: a step bringing a new breach of an error is refused (<see cref="EntryRules"/>);
/// a query, or a fact stored before the rule was checked, is listed on the return-readiness list.
/// </summary>
public static class CensusRules
{
    public static readonly ReturnRule WeekendConference =
        ReturnRule.CinError("8875", "The Date of Initial Child Protection Conference cannot be a weekend");
    public static readonly ReturnRule PlanEndsOnItsFirstDay =
        ReturnRule.CinError("8840", "Child Protection Plan cannot start and end on the same day");
    public static readonly ReturnRule ReviewOnOrBeforePlanStart =
        ReturnRule.CinError("8841", "The review date cannot be on the same day or before the Child protection Plan start date");
    public static readonly ReturnRule ReferralLongBeforeBirth =
        ReturnRule.CinError("8606", "Child referral date is more than 40 weeks before DOB or expected DOB");
    public static readonly ReturnRule UnbornSex =
        ReturnRule.CinError("8750", "Sex must equal U for an unborn child");
    public static readonly ReturnRule PlanStartsAfterDeath =
        ReturnRule.CinError("8915", "Child Protection Plan shown as starting after the child’s Date of Death");
    public static readonly ReturnRule PlanEndsAfterDeath =
        ReturnRule.CinError("8920", "Child Protection Plan cannot end after the child’s Date of Death");
    public static readonly ReturnRule ChildInNeedPlanStartsAfterDeath =
        ReturnRule.CinError("4008", "CIN Plan shown as starting after the child’s Date of Death");
    public static readonly ReturnRule ChildInNeedPlanEndsAfterDeath =
        ReturnRule.CinQuery("4009Q", "CIN Plan cannot end after the child’s Date of Death");
    public static readonly ReturnRule ReferralAfterDeath =
        ReturnRule.CinQuery("8555Q", "Child cannot be referred after its recorded date of death");
    public static readonly ReturnRule ChildInNeedPlanOfOneDay =
        ReturnRule.CinQuery("4012Q", "CIN Plan shown as starting and ending on the same day");
    public static readonly ReturnRule AssessmentOpenTooLong =
        ReturnRule.CinQuery("8670Q", "Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date");
    public static readonly ReturnRule EnquiryWithoutConference =
        ReturnRule.CinQuery("8675Q", "S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference");

    /// <summary>CIN rule 8606: 280 days, the validator's 40 weeks.</summary>
    public const int ReferralBeforeBirthDays = 280;

    /// <summary>CIN rule 8670Q: an assessment is to be authorised within 45 working days (Working Together).</summary>
    public const int AssessmentWorkingDays = 45;

    /// <summary>CIN rule 8675Q: an initial conference within 15 working days of the strategy discussion (Working Together).</summary>
    public const int ConferenceWorkingDays = 15;

    public static IReadOnlyList<ReturnRule> All { get; } =
        [WeekendConference, PlanEndsOnItsFirstDay, ReviewOnOrBeforePlanStart, ReferralLongBeforeBirth, UnbornSex, PlanStartsAfterDeath, PlanEndsAfterDeath,
         ChildInNeedPlanStartsAfterDeath, ChildInNeedPlanEndsAfterDeath, ReferralAfterDeath, ChildInNeedPlanOfOneDay, AssessmentOpenTooLong, EnquiryWithoutConference];

    /// <summary>
    /// Every breach in <paramref name="journey"/>. <paramref name="censusEnd"/>, when given, is the last day of a census
    /// year, for the queries that judge what is still open at its end (readiness); a step is judged without it.
    /// </summary>
    public static IEnumerable<ReturnFinding> Findings(ChildJourney journey, DateOnly? censusEnd = null)
    {
        foreach (var c in journey.Conferences)
        {
            var day = UkTime.DateOf(c.HeldAt);
            if (IsWeekend(day))
                yield return new(WeekendConference, $"initial conference {c.Number}", day, "heldAt",
                    $"Initial conference {c.Number} is dated {day:dddd d MMMM yyyy}; correct it to the working day it was held.");
        }
        foreach (var p in journey.Plans)
        {
            var start = UkTime.DateOf(p.StartedAt);
            if (p.EndedAt is { } ended && UkTime.DateOf(ended) == start)
                yield return new(PlanEndsOnItsFirstDay, $"protection plan {p.Number}", start, "endedAt",
                    $"Child protection plan {p.Number} starts and ends on {start:d MMMM yyyy}; correct the day it ended.");
            foreach (var review in Reviews(journey, p.Number))
            {
                var on = UkTime.DateOf(review.OccurredAt);
                if (on <= start)
                    yield return new(ReviewOnOrBeforePlanStart, $"review conference of protection plan {p.Number} on {on:yyyy-MM-dd}", on, "heldAt",
                        $"A review conference of child protection plan {p.Number} is dated {on:d MMMM yyyy}, not after the plan started ({start:d MMMM yyyy}); correct the review's date.");
            }
        }
        if ((journey.DateOfBirth ?? journey.ExpectedDateOfBirth) is { } birth)
        {
            var earliest = birth.AddDays(-ReferralBeforeBirthDays);
            foreach (var r in journey.Referrals)
            {
                var on = UkTime.DateOf(r.AcceptedAt);
                if (on < earliest)
                    yield return new(ReferralLongBeforeBirth, $"referral {r.Number}", on, "acceptedAt",
                        $"Referral {r.Number} ({on:d MMMM yyyy}) is more than 40 weeks before the child's {(journey.DateOfBirth is null ? "expected " : "")}date of birth " +
                        $"({birth:d MMMM yyyy}); correct the referral's date or the date of birth.");
            }
        }
        if (journey.Details is { DateOfBirth: null, ExpectedDateOfBirth: { } expected } unborn && unborn.Gender != "U")
            yield return new(UnbornSex, "child details", UkTime.DateOf(unborn.OccurredAt), "gender",
                $"The child is recorded as unborn (expected {expected:d MMMM yyyy}) with sex {unborn.Gender}; record sex U until the child is born.");
        foreach (var p in journey.ChildInNeedPlans)
        {
            var start = UkTime.DateOf(p.StartedAt);
            if (p.EndedAt is { } ended && UkTime.DateOf(ended) == start)
                yield return new(ChildInNeedPlanOfOneDay, $"child in need plan {p.Number}", start, "endedAt",
                    $"Child in need plan {p.Number} starts and ends on {start:d MMMM yyyy}; check the day it ended, or give the DfE the reason.");
        }
        if (journey.Details?.DateOfDeath is { } died)
            foreach (var finding in AfterDeath(journey, died)) yield return finding;
        if (censusEnd is { } end && end <= WorkingDayCalendar.EnglandAndWales.CoversTo)
            foreach (var finding in OpenAtYearEnd(journey, end)) yield return finding;
    }

    /// <summary>The queries on work still open at the end of the census year (rules 8670Q and 8675Q).</summary>
    private static IEnumerable<ReturnFinding> OpenAtYearEnd(ChildJourney journey, DateOnly end)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var yearEnd = UkTime.EndOf(end);
        foreach (var a in journey.Assessments)
        {
            var start = UkTime.DateOf(a.StartedAt);
            if (a.StartedAt <= yearEnd && !(a.AuthorisedAt <= yearEnd) && calendar.WorkingDaysBetween(start, end) > AssessmentWorkingDays)
                yield return new(AssessmentOpenTooLong, $"assessment {a.Number}", start, "authorisedAt",
                    $"Assessment {a.Number} started on {start:d MMMM yyyy} and was not authorised by {end:d MMMM yyyy}; record its authorisation if it was, or give the DfE the reason.");
        }
        foreach (var q in journey.Enquiries)
        {
            var start = UkTime.DateOf(q.StartedAt);
            var conferenceAsked = q.ConcludedAt is null || q.ConcludedAt > yearEnd || q.Outcome == Section47Outcome.InitialConference;
            var held = journey.Conferences.Any(c => c.EnquiryNumber == q.Number && c.HeldAt <= yearEnd);
            if (q.StartedAt <= yearEnd && conferenceAsked && !held && calendar.WorkingDaysBetween(start, end) > ConferenceWorkingDays)
                yield return new(EnquiryWithoutConference, $"section 47 enquiry {q.Number}", start, "heldAt",
                    $"Section 47 enquiry {q.Number} started on {start:d MMMM yyyy} with no initial conference by {end:d MMMM yyyy}; " +
                    "record the conference or the enquiry's conclusion if held, or give the DfE the reason.");
        }
    }

    /// <summary>What the census cannot hold after the child's recorded date of death (rules 8915, 8920, 4008, 4009Q, 8555Q; the same day is allowed).</summary>
    private static IEnumerable<ReturnFinding> AfterDeath(ChildJourney journey, DateOnly died)
    {
        string Fix(string what, DateOnly on) => $"{what} is dated {on:d MMMM yyyy}, after the child's recorded date of death ({died:d MMMM yyyy}); correct the date or the date of death.";
        foreach (var p in journey.Plans)
        {
            var start = UkTime.DateOf(p.StartedAt);
            if (start > died) yield return new(PlanStartsAfterDeath, $"protection plan {p.Number}", start, "dateOfDeath", Fix($"Child protection plan {p.Number}", start));
            if (p.EndedAt is { } e && UkTime.DateOf(e) is var end && end > died)
                yield return new(PlanEndsAfterDeath, $"end of protection plan {p.Number}", end, "dateOfDeath", Fix($"The end of child protection plan {p.Number}", end));
        }
        foreach (var p in journey.ChildInNeedPlans)
        {
            var start = UkTime.DateOf(p.StartedAt);
            if (start > died) yield return new(ChildInNeedPlanStartsAfterDeath, $"child in need plan {p.Number}", start, "dateOfDeath", Fix($"Child in need plan {p.Number}", start));
            if (p.EndedAt is { } e && UkTime.DateOf(e) is var end && end > died)
                yield return new(ChildInNeedPlanEndsAfterDeath, $"end of child in need plan {p.Number}", end, "dateOfDeath", Fix($"The end of child in need plan {p.Number}", end));
        }
        foreach (var r in journey.Referrals)
            if (UkTime.DateOf(r.AcceptedAt) is var on && on > died)
                yield return new(ReferralAfterDeath, $"referral {r.Number}", on, "dateOfDeath", Fix($"Referral {r.Number}", on));
    }

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static IEnumerable<ReviewConferenceHeld> Reviews(ChildJourney journey, int plan) =>
        journey.Facts.Where(f => f.IsEffective).Select(f => f.Event).OfType<ReviewConferenceHeld>().Where(r => r.PlanNumber == plan);
}
