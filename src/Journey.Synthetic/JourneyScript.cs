using System.Text.Json.Nodes;
using Journey.Domain.Calendars;

namespace Journey.Synthetic;

/// <summary>One child's journey from a first contact, drawn from the shapes in domain reference section 6.</summary>
internal sealed class JourneyScript(Random random, WorkingDayCalendar calendar, DateOnly firstContact, string? familyId)
{
    private static readonly string[] Teams = ["Assessment North", "Assessment South", "Child Protection East", "Child Protection West"];
    /// <summary>CIN census referral sources a contact comes from (a correction picks another of them).</summary>
    internal static readonly string[] Sources = ["1A", "1B", "2A", "2B", "3A", "3E", "4", "5A", "5B", "6", "8", "9"];
    private static readonly string[] Needs = ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"];
    private static readonly string[] Categories = ["NEG", "EMO", "PHY", "SAB", "MUL"];
    private static readonly string[] Ethnicities = ["WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "APKN", "BCRB", "BAFR", "OOTH"];
    private readonly List<GeneratedStep> _steps = [];
    private DateOnly? _bornOn;

    public List<GeneratedStep> Write()
    {
        var contactAt = At(WorkingDayOnOrAfter(firstContact), 9, 17);
        Step("ContactReceived", contactAt, "mash.worker", new JsonObject
        {
            ["source"] = Pick(Sources),
            ["concerns"] = "Concerns reported by a professional",
            ["consent"] = "Given"
        });
        // Most decisions within the day; some the next working day or later.
        var decidedAt = Chance(0.8) ? contactAt.AddHours(random.Next(1, 20)) : At(AddWorkingDays(contactAt, random.Next(2, 4)), 9, 17);
        var roll = random.NextDouble();
        // Of 17,000 first contacts about 3,040 are referred, so that with the re-referrals (about 860) there are
        // about 3,900 referrals a year, 22% of them re-referrals.
        var outcome = roll < 0.06 ? "StrategyDiscussion" : roll < 0.179 ? "ReferralForAssessment" : roll < 0.40 ? "EarlyHelp" : roll < 0.55 ? "Signpost" : "NoFurtherAction";
        Step("FrontDoorDecisionMade", decidedAt, "mash.manager", new JsonObject
        {
            ["outcome"] = outcome,
            ["rationale"] = "Threshold applied",
            ["decidedBy"] = "MASH manager"
        });
        if (outcome == "EarlyHelp") EarlyHelp(decidedAt);
        if (outcome is not ("ReferralForAssessment" or "StrategyDiscussion")) return _steps;

        var referredAt = decidedAt.AddMinutes(5);
        Step("ReferralAccepted", referredAt, "mash.manager", new JsonObject { ["primaryNeed"] = Pick(Needs) });
        // Children referred are of every age under 18 (the date of birth drives the leaving-care and health measures).
        _bornOn = DateOnly.FromDateTime(referredAt.UtcDateTime).AddDays(-random.Next(30, 18 * 365 - 30));
        Step("ChildDetailsRecorded", referredAt.AddMinutes(20), "mash.manager", new JsonObject
        {
            ["dateOfBirth"] = _bornOn.Value.ToString("yyyy-MM-dd"),
            ["gender"] = Chance(0.5) ? "F" : "M",
            ["ethnicity"] = Pick(Ethnicities)
        });
        var team = Pick(Teams);
        var worker = $"{team} worker {random.Next(1, 6)}";
        // About one referral in twenty waits a long time for a worker; some are never allocated.
        var allocated = Chance(0.97);
        var allocatedAt = After(referredAt, At(AddWorkingDays(referredAt, Chance(0.9) ? random.Next(0, 5) : random.Next(6, 15)), 10, 16));
        if (allocated) Step("CaseAllocated", allocatedAt, "team.manager", new JsonObject { ["team"] = team, ["worker"] = worker });
        if (familyId is not null)
            Step("FamilyLinked", referredAt.AddMinutes(30), "team.manager", new JsonObject { ["familyId"] = familyId, ["relationship"] = "sibling group" });

        var assessmentStarted = At(AddWorkingDays(referredAt, 1), 9, 12);
        Step("AssessmentStarted", assessmentStarted, "social.worker", []);
        // About 1,400 section 47 enquiries a year: every strategy-discussion outcome and about a fifth of the rest.
        var protection = outcome == "StrategyDiscussion" || Chance(0.19);
        var planEnds = DateTimeOffset.MinValue;
        if (protection) planEnds = Protection(referredAt);
        // About 86% of assessments authorised within 45 working days of the referral.
        var authorisedAt = At(AddWorkingDays(referredAt, Chance(0.86) ? random.Next(10, 45) : random.Next(46, 70)), 10, 17);
        var childInNeed = !protection && Chance(0.35);
        Step("AssessmentCompleted", authorisedAt.AddHours(-2), "social.worker", new JsonObject
        {
            ["childSeen"] = true,
            ["childSeenAlone"] = Chance(0.7),
            ["factors"] = new JsonArray("3B", "18B"),
            ["outcome"] = childInNeed ? "ChildInNeedPlan" : protection ? "Other" : Chance(0.5) ? "NoFurtherAction" : "EarlyHelp"
        });
        Step("AssessmentAuthorised", authorisedAt, "team.manager", new JsonObject { ["authorisedBy"] = "Team manager" });
        if (childInNeed) ChildInNeed(authorisedAt);
        if (allocated) Supervision(allocatedAt, protection ? planEnds : authorisedAt.AddDays(120));
        if (allocated && Chance(0.05)) Missing(allocatedAt.AddDays(random.Next(5, 120)));
        if (protection && Chance(0.2)) CareBeforeEighteen(referredAt.AddDays(random.Next(20, 90)));
        else if (Chance(0.36)) ReReferral(referredAt, team, worker);
        return _steps;
    }

    /// <summary>
    /// The case closed once its work ended, then a new contact referred again within twelve months of
    /// the first referral (domain reference section 6: re-referrals near 22% of referrals). A child still
    /// in care or in proceedings, or whose work ran too long to come back within the year, is not re-referred.
    /// </summary>
    private void ReReferral(DateTimeOffset firstReferredAt, string team, string worker)
    {
        if (_steps.Any(s => s.Type.StartsWith("PreProceedings", StringComparison.Ordinal) || s.Type == "EnteredCare")) return;
        var closedAt = At(WorkingDayOnOrAfter(DateOnly.FromDateTime(_steps.Max(s => s.OccurredAt).UtcDateTime).AddDays(random.Next(1, 10))), 10, 16);
        var contactAt = At(WorkingDayOnOrAfter(DateOnly.FromDateTime(closedAt.UtcDateTime).AddDays(random.Next(14, 150))), 9, 17);
        if (contactAt >= firstReferredAt.AddMonths(12)) return;
        // RC8 is a case closed after its assessment; one that went on to a section 47 enquiry or a plan closed when
        // its services ceased, RC7 (CIN census rule 2990: no activity after the assessment on an RC8 or RC9 case).
        var worked = _steps.Any(s => s.Type is "StrategyDiscussionHeld" or "ChildInNeedPlanStarted" or "InitialConferenceHeld");
        Step("CaseClosed", closedAt, "team.manager", new JsonObject { ["reason"] = worked ? "RC7" : "RC8" });
        Step("ContactReceived", contactAt, "mash.worker", new JsonObject
        {
            ["source"] = Pick(Sources),
            ["concerns"] = "Concerns reported again",
            ["consent"] = "Given"
        });
        var decidedAt = contactAt.AddHours(random.Next(1, 20));
        Step("FrontDoorDecisionMade", decidedAt, "mash.manager", new JsonObject
        {
            ["outcome"] = "ReferralForAssessment",
            ["rationale"] = "Threshold applied: concerns returned",
            ["decidedBy"] = "MASH manager"
        });
        var referredAt = decidedAt.AddMinutes(5);
        Step("ReferralAccepted", referredAt, "mash.manager", new JsonObject { ["primaryNeed"] = Pick(Needs) });
        Step("CaseAllocated", After(referredAt, At(AddWorkingDays(referredAt, random.Next(0, 5)), 10, 16)), "team.manager",
            new JsonObject { ["team"] = team, ["worker"] = worker });
        Step("AssessmentStarted", At(AddWorkingDays(referredAt, 1), 9, 12), "social.worker", []);
        var authorisedAt = At(AddWorkingDays(referredAt, Chance(0.86) ? random.Next(10, 45) : random.Next(46, 70)), 10, 17);
        Step("AssessmentCompleted", authorisedAt.AddHours(-2), "social.worker", new JsonObject
        {
            ["childSeen"] = true,
            ["childSeenAlone"] = Chance(0.7),
            ["factors"] = new JsonArray("3B"),
            ["outcome"] = "NoFurtherAction"
        });
        Step("AssessmentAuthorised", authorisedAt, "team.manager", new JsonObject { ["authorisedBy"] = "Team manager" });
        Step("CaseClosed", At(AddWorkingDays(authorisedAt, random.Next(1, 10)), 10, 16), "team.manager", new JsonObject { ["reason"] = "RC8" });
    }

    /// <summary>A strategy discussion and section 47; about a third lead to an initial conference and most of those to a plan.</summary>
    private DateTimeOffset Protection(DateTimeOffset referredAt)
    {
        var discussedAt = After(referredAt, At(AddWorkingDays(referredAt, random.Next(0, 2)), 10, 16));
        Step("StrategyDiscussionHeld", discussedAt, "social.worker", new JsonObject
        {
            ["initiatesSection47"] = true,
            ["outcome"] = "Section 47 enquiry",
            ["attendees"] = new JsonArray("Social worker", "Police", "Health"),
            ["invitedButAbsent"] = new JsonArray(),
            ["medicalExamination"] = false
        });
        Step("Section47ChildSeen", At(AddWorkingDays(discussedAt, 1), 10, 16), "social.worker", new JsonObject { ["seenAlone"] = Chance(0.7) });
        var conference = Chance(0.32); // about 450 initial conferences from 1,400 enquiries
        var concludedAt = At(AddWorkingDays(discussedAt, random.Next(4, 8)), 10, 16);
        Step("Section47Concluded", concludedAt, "social.worker", new JsonObject
        {
            ["outcome"] = conference ? "InitialConference" : Chance(0.5) ? "ChildInNeed" : "NoFurtherAction"
        });
        if (!conference) return concludedAt;
        // About 80% of initial conferences within 15 working days of the discussion.
        var heldAt = At(AddWorkingDays(discussedAt, Chance(0.8) ? random.Next(9, 16) : random.Next(16, 26)), 10, 12);
        Step("InitialConferenceScheduled", concludedAt.AddHours(1), "cp.admin", new JsonObject { ["scheduledFor"] = Iso(heldAt) });
        var plan = Chance(0.85);
        Step("InitialConferenceHeld", heldAt, "cp.chair", new JsonObject
        {
            ["planRequired"] = plan,
            ["category"] = plan ? Pick(Categories) : null,
            ["attendees"] = new JsonArray("Chair", "Social worker", "Parents"),
            ["childInvited"] = false,
            ["childAttended"] = false
        });
        return plan ? ProtectionPlan(heldAt) : heldAt;
    }

    private DateTimeOffset ProtectionPlan(DateTimeOffset startedAt)
    {
        var endsAt = startedAt.AddDays(random.Next(120, 450));
        Step("CoreGroupHeld", At(AddWorkingDays(startedAt, random.Next(5, 13)), 10, 16), "social.worker", []);
        Visits("ProtectionVisitMade", startedAt, endsAt, 6, 13, 0.85);
        var review = At(DateOnly.FromDateTime(startedAt.UtcDateTime).AddMonths(3).AddDays(Chance(0.7) ? -random.Next(1, 10) : random.Next(10, 60)), 10, 12);
        while (review < endsAt)
        {
            Step("ReviewConferenceHeld", review, "cp.chair", new JsonObject { ["planContinues"] = true });
            review = At(DateOnly.FromDateTime(review.UtcDateTime).AddMonths(6).AddDays(Chance(0.7) ? -random.Next(1, 10) : random.Next(10, 60)), 10, 12);
        }
        Step("ProtectionPlanEnded", endsAt, "cp.chair", new JsonObject { ["reason"] = "Risks reduced" });
        if (Chance(0.25)) PreProceedings(startedAt.AddDays(random.Next(60, 120)));
        return endsAt;
    }

    private void ChildInNeed(DateTimeOffset authorisedAt)
    {
        var startedAt = authorisedAt.AddDays(random.Next(1, 5));
        var endsAt = startedAt.AddDays(random.Next(90, 300));
        Step("ChildInNeedPlanStarted", startedAt, "social.worker", []);
        Visits("ChildInNeedVisitMade", startedAt, endsAt, 10, 25, 0.75);
        Step("ChildInNeedPlanEnded", endsAt, "team.manager", new JsonObject { ["reason"] = "Outcomes of the plan met" });
    }

    /// <summary>Visits in which the child was seen, each a few working days after the last, until the episode ends.</summary>
    private void Visits(string type, DateTimeOffset from, DateTimeOffset until, int soonest, int latest, double inTimeShare)
    {
        var visit = from;
        while (true)
        {
            visit = At(AddWorkingDays(visit, Chance(inTimeShare) ? random.Next(soonest, latest - 3) : random.Next(latest - 3, latest + 6)), 14, 17);
            if (visit >= until) return;
            Step(type, visit, "social.worker", new JsonObject { ["childSeen"] = true, ["childSeenAlone"] = Chance(0.6) });
        }
    }

    private void Supervision(DateTimeOffset allocatedAt, DateTimeOffset until)
    {
        for (var held = allocatedAt.AddDays(random.Next(10, 30)); held < until; held = held.AddDays(random.Next(20, 60)))
            Step("SupervisionHeld", At(WorkingDayOnOrAfter(DateOnly.FromDateTime(held.UtcDateTime)), 10, 16), "team.manager",
                new JsonObject { ["supervisor"] = "Team manager" });
    }

    private void Missing(DateTimeOffset from)
    {
        var missingFrom = At(DateOnly.FromDateTime(from.UtcDateTime), 18, 22);
        var returnedAt = missingFrom.AddHours(random.Next(6, 48));
        Step("MissingEpisodeStarted", missingFrom, "social.worker", []);
        Step("ReturnedFromMissing", returnedAt, "social.worker", []);
        // About 60% of return interviews within 72 hours.
        Step("ReturnInterviewRecorded", returnedAt.AddHours(Chance(0.6) ? random.Next(4, 70) : random.Next(74, 200)), "rhi.worker",
            new JsonObject { ["outcome"] = "Completed" });
    }

    /// <summary>
    /// Care for a child still under 18 on the day they would enter it: a child referred at 17 may turn 18
    /// before the day drawn, and "a child who started to be looked after was aged 18 or over" is an
    /// SSDA903 error (rule 352) the journey refuses at entry, so that child's protection work ends without care.
    /// </summary>
    private void CareBeforeEighteen(DateTimeOffset from)
    {
        if (_bornOn is { } born && DateOnly.FromDateTime(from.UtcDateTime) >= born.AddYears(18)) return;
        Care(from);
    }

    private void Care(DateTimeOffset from)
    {
        var enteredAt = At(DateOnly.FromDateTime(from.UtcDateTime), 15, 20);
        var leavesAt = enteredAt.AddDays(random.Next(200, 700));
        Step("EnteredCare", enteredAt, "social.worker", new JsonObject { ["legalStatus"] = "V2", ["planned"] = Chance(0.5), ["uasc"] = false });
        var placedAt = enteredAt.AddHours(1);
        Step("PlacementStarted", placedAt, "social.worker", new JsonObject
        {
            ["placementType"] = "U6",
            ["provider"] = "In-house foster carers",
            ["outOfArea"] = false
        });
        Step("CarePlanRecorded", At(AddWorkingDays(enteredAt, random.Next(1, 12)), 10, 16), "social.worker", []);
        // About three in four initial health assessments within 20 working days.
        var assessedAt = At(AddWorkingDays(enteredAt, Chance(0.75) ? random.Next(5, 20) : random.Next(21, 40)), 10, 16);
        if (assessedAt < leavesAt)
            Step("HealthAssessmentCompleted", assessedAt, "social.worker", new JsonObject { ["kind"] = "Initial" });
        // Visits: the first within about a week of the placement, then about every six weeks, a quarter late.
        var visit = At(AddWorkingDays(placedAt, Chance(0.85) ? random.Next(1, 5) : random.Next(6, 10)), 14, 17);
        while (visit < leavesAt)
        {
            Step("LookedAfterVisitMade", visit, "social.worker", new JsonObject { ["childSeen"] = true, ["childSeenAlone"] = Chance(0.6) });
            visit = At(AddWorkingDays(visit, Chance(0.75) ? random.Next(15, 29) : random.Next(30, 55)), 14, 17);
        }
        var review = At(AddWorkingDays(enteredAt, Chance(0.85) ? random.Next(10, 20) : random.Next(21, 30)), 10, 12);
        for (var n = 1; review < leavesAt; n++)
        {
            // PN0 is the code of a child under 4 at the review; the others need 4 or over (SSDA903 rule 441).
            var underFour = _bornOn is { } born && DateOnly.FromDateTime(review.UtcDateTime) < born.AddYears(4);
            Step("LookedAfterReviewHeld", review, "iro", new JsonObject { ["participation"] = underFour ? "PN0" : "PN1" });
            var months = n == 1 ? 3 : 6;
            review = At(DateOnly.FromDateTime(review.UtcDateTime).AddMonths(months).AddDays(Chance(0.8) ? -random.Next(1, 15) : random.Next(1, 15)), 10, 12);
        }
        Step("LeftCare", leavesAt, "social.worker", new JsonObject { ["reasonCeased"] = "E4A" });
        LeavingCare(enteredAt, leavesAt);
    }

    /// <summary>Early help after a front-door decision: a lead professional, a plan, closure once needs are met.</summary>
    private void EarlyHelp(DateTimeOffset decidedAt)
    {
        var startedAt = decidedAt.AddHours(random.Next(2, 48));
        Step("EarlyHelpStarted", startedAt, "eh.worker", new JsonObject { ["leadProfessional"] = "Family support worker" });
        Step("EarlyHelpPlanAgreed", startedAt.AddDays(random.Next(5, 20)), "eh.worker", []);
        Step("EarlyHelpClosed", startedAt.AddDays(random.Next(60, 180)), "eh.worker", new JsonObject { ["outcome"] = "NeedsMet" });
    }

    /// <summary>Pre-proceedings under the Public Law Outline: a letter, an initial meeting, reviews, then step-down or proceedings.</summary>
    private void PreProceedings(DateTimeOffset enteredAt)
    {
        Step("PreProceedingsEntered", enteredAt, "team.manager", []);
        var letterAt = enteredAt.AddDays(random.Next(1, 5));
        Step("LetterBeforeProceedingsSent", letterAt, "social.worker", []);
        var meeting = letterAt.AddDays(random.Next(5, 15));
        Step("PreProceedingsMeetingHeld", meeting, "social.worker", new JsonObject { ["isInitial"] = true });
        var concludedAt = enteredAt.AddDays(7 * random.Next(8, 24));
        // Reviews about every six weeks; about one in five drifts past it.
        for (meeting = meeting.AddDays(Chance(0.8) ? random.Next(28, 42) : random.Next(43, 70)); meeting < concludedAt;
             meeting = meeting.AddDays(Chance(0.8) ? random.Next(28, 42) : random.Next(43, 70)))
            Step("PreProceedingsMeetingHeld", meeting, "social.worker", new JsonObject { ["isInitial"] = false });
        var issue = Chance(0.4);
        Step("PreProceedingsConcluded", concludedAt, "team.manager", new JsonObject { ["outcome"] = issue ? "IssueProceedings" : "SteppedDown" });
        if (!issue) return;
        var issuedAt = concludedAt.AddDays(random.Next(3, 10));
        Step("CareProceedingsIssued", issuedAt, "legal", new JsonObject { ["emergency"] = false });
        // About two in three final orders within 26 weeks of issue.
        Step("FinalOrderMade", issuedAt.AddDays(7 * (Chance(0.65) ? random.Next(16, 26) : random.Next(27, 40))), "legal",
            new JsonObject { ["order"] = Chance(0.6) ? "CareOrder" : "SupervisionOrder" });
    }

    /// <summary>For a child in care at 16 or over: a needs assessment, a personal adviser, pathway plans, then contacts after leaving.</summary>
    private void LeavingCare(DateTimeOffset enteredAt, DateTimeOffset leftAt)
    {
        if (_bornOn is not { } born) return;
        var sixteen = new DateTimeOffset(born.AddYears(16).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var from = sixteen > enteredAt ? sixteen : enteredAt.AddDays(1);
        if (from >= leftAt) return;
        var assessedAt = from.AddDays(Chance(0.7) ? random.Next(10, 85) : random.Next(95, 150));
        if (assessedAt < leftAt) Step("LeavingCareNeedsAssessed", assessedAt, "social.worker", []);
        var adviserAt = from.AddDays(random.Next(20, 120));
        Step("PersonalAdviserAllocated", adviserAt, "team.manager", new JsonObject { ["adviser"] = "Personal adviser " + random.Next(1, 4) });
        var plan = adviserAt.AddDays(random.Next(5, 30));
        Step("PathwayPlanRecorded", plan, "personal.adviser", new JsonObject { ["isReview"] = false });
        var until = leftAt.AddDays(365);
        for (plan = plan.AddDays(Chance(0.8) ? random.Next(120, 180) : random.Next(185, 240)); plan < until;
             plan = plan.AddDays(Chance(0.8) ? random.Next(120, 180) : random.Next(185, 240)))
            Step("PathwayPlanRecorded", plan, "personal.adviser", new JsonObject { ["isReview"] = true });
        for (var contact = leftAt.AddDays(random.Next(10, 40)); contact < until; contact = contact.AddDays(Chance(0.8) ? random.Next(30, 60) : random.Next(62, 90)))
            Step("CareLeaverContactMade", contact, "personal.adviser", new JsonObject
            {
                ["inTouch"] = Chance(0.9) ? "YES" : "NO",
                ["activity"] = "F2",
                ["accommodation"] = "B",
                ["accommodationSuitable"] = true
            });
    }

    private void Step(string type, DateTimeOffset occurredAt, string recordedBy, JsonObject data)
    {
        // Most steps are recorded the same day; about one in twelve weeks later (the as-recorded view's lag).
        var recordedAt = Chance(0.92) ? occurredAt.AddMinutes(random.Next(5, 360)) : occurredAt.AddDays(random.Next(3, 45));
        _steps.Add(new GeneratedStep(type, occurredAt, recordedAt, recordedBy, data));
    }

    private DateOnly AddWorkingDays(DateTimeOffset from, int days) => calendar.AddWorkingDays(DateOnly.FromDateTime(from.UtcDateTime), days);

    private DateOnly WorkingDayOnOrAfter(DateOnly day)
    {
        while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    /// <summary>A time of day between the hours given, in UTC (working hours in the UK whether or not summer time applies).</summary>
    private DateTimeOffset At(DateOnly day, int fromHour, int toHour) =>
        new(day.ToDateTime(new TimeOnly(random.Next(fromHour, toHour), random.Next(0, 4) * 15)), TimeSpan.Zero);

    /// <summary>The time drawn, or shortly after <paramref name="earliest"/> when the draw fell before it on the same day.</summary>
    private DateTimeOffset After(DateTimeOffset earliest, DateTimeOffset drawn) =>
        drawn > earliest ? drawn : earliest.AddMinutes(random.Next(30, 120));

    private bool Chance(double p) => random.NextDouble() < p;
    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ");
}
