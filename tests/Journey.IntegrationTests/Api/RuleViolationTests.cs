using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Api;

/// <summary>Every refused request answers an RFC 7807 problem naming the field and the rule, and stores nothing.</summary>
public sealed class RuleViolationTests(JourneyHost host)
{
    private static readonly (string Step, object Body) Contact =
        ("contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "Bruising", consent = "Given" });
    private static readonly (string Step, object Body) ReferDecision =
        ("front-door-decisions", new { decidedAt = "2026-03-02T12:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
    private static readonly (string Step, object Body) StrategyDecision =
        ("front-door-decisions", new { decidedAt = "2026-03-02T12:00:00Z", outcome = "StrategyDiscussion", rationale = "r", decidedBy = "m" });
    private static readonly (string Step, object Body) Referral = ("referrals", new { acceptedAt = "2026-03-02T12:05:00Z" });
    private static readonly (string Step, object Body) AssessmentStarted = ("assessments/started", new { startedAt = "2026-03-04T10:00:00Z" });
    private static readonly (string Step, object Body) Section47 = ("strategy-discussions", new { heldAt = "2026-03-03T10:00:00Z", initiatesSection47 = true });
    private static readonly (string Step, object Body) AskForConference = ("section-47-enquiries/concluded", new { concludedAt = "2026-03-06T10:00:00Z", outcome = "InitialConference" });
    private static readonly (string Step, object Body) ConferenceWithPlan = ("initial-conferences", new { heldAt = "2026-03-10T10:00:00Z", planRequired = true, category = "NEG" });
    private static readonly (string Step, object Body) InCare = ("care", new { enteredAt = "2026-03-03T10:00:00Z", legalStatus = "V2", planned = false });
    private static readonly (string Step, object Body) Placed = ("care/placements", new { startedAt = "2026-03-03T11:00:00Z", placementType = "U6" });
    private static readonly (string Step, object Body)[] OnPlan = [Contact, StrategyDecision, Referral, Section47, AskForConference, ConferenceWithPlan];

    public static TheoryData<string, string, string> Violations => new()
    {
        // case, field at fault, rule broken; each case's earlier steps and bad request are in Case below
        { "contact dated in the future", "receivedAt", "not-in-future" },
        { "contact with an unknown referral source", "source", "cin-referral-source" },
        { "contact dated before the working-day calendar begins", "receivedAt", "within-calendar" },
        { "consent overridden without a rationale", "consentRationale", "rationale-when-consent-refused-or-overridden" },
        { "contact without concerns", "concerns", "required" },
        { "decision before the contact was received", "decidedAt", "decision-after-contact" },
        { "second decision on the same contact", "contactNumber", "one-decision-per-contact" },
        { "referral from a contact decided as no further action", "contactNumber", "referral-needs-referring-decision" },
        { "assessment authorised before it started", "authorisedAt", "authorised-after-start" },
        { "conference without a section 47 asking for one", "heldAt", "conference-needs-section-47-asking-for-one" },
        { "conference after a section 47 that found a child in need", "heldAt", "conference-needs-section-47-asking-for-one" },
        { "plan without an abuse category", "category", "cin-abuse-category" },
        { "second section 47 while one is open", "initiatesSection47", "one-open-section-47" },
        { "child id with spaces", "childId", "child-id-format" },
        { "decision with no contact awaiting one", "contactNumber", "contact-awaiting-decision" },
        { "decision without an outcome", "outcome", "required" },
        { "second referral from the same contact", "contactNumber", "one-referral-per-contact" },
        { "referral with an unknown primary need", "primaryNeed", "cin-primary-need" },
        { "referral accepted before the contact", "acceptedAt", "referral-after-contact" },
        { "allocation before any referral", "allocatedAt", "allocation-needs-referral" },
        { "allocation before the referral", "allocatedAt", "allocation-after-referral" },
        { "allocation without a worker", "worker", "required" },
        { "assessment before any referral", "referralNumber", "assessment-needs-referral" },
        { "second assessment while one is in progress", "referralNumber", "one-open-assessment-per-referral" },
        { "assessment started before the referral", "startedAt", "assessment-after-referral" },
        { "authorisation with no assessment started", "assessmentNumber", "authorise-started-assessment" },
        { "assessment authorised twice", "assessmentNumber", "authorise-once" },
        { "strategy discussion before the contact", "heldAt", "discussion-after-contact" },
        { "strategy discussion without saying whether it initiates a section 47", "initiatesSection47", "required" },
        { "conclusion with no section 47 open", "concludedAt", "conclude-open-section-47" },
        { "section 47 concluded before it started", "concludedAt", "concluded-after-start" },
        { "conference before the section 47 concluded", "heldAt", "conference-after-section-47-concluded" },
        { "category without a plan", "category", "category-only-with-plan" },
        { "initial conference while a plan is open", "planRequired", "no-initial-conference-during-plan" },
        { "plan ended with no plan open", "endedAt", "end-open-plan" },
        { "plan ended before it started", "endedAt", "plan-ends-after-start" },
        { "plan ended without a reason", "reason", "required" },
        { "protection visit with no plan open", "visitedAt", "needs-open-protection-plan" },
        { "child seen alone but not seen", "childSeenAlone", "seen-alone-only-if-seen" },
        { "core group before the plan started", "heldAt", "within-the-plan" },
        { "category changed to the same category", "category", "changes-the-category" },
        { "review conference without saying whether the plan continues", "planContinues", "required" },
        { "child in need plan during a protection plan", "startedAt", "no-child-in-need-plan-during-protection-plan" },
        { "second child in need plan while one is open", "startedAt", "one-open-child-in-need-plan" },
        { "child in need visit with no plan open", "visitedAt", "needs-open-child-in-need-plan" },
        { "protection plan while a child in need plan is open", "planRequired", "end-the-child-in-need-plan-first" },
        { "closure with an unknown reason", "reason", "cin-closure-reason" },
        { "closure with a plan open", "closedAt", "nothing-left-open" },
        { "assessment after the case was closed", "startedAt", "case-open" },
        { "care with an unknown legal status", "legalStatus", "ssda903-legal-status" },
        { "second period of care while in care", "enteredAt", "one-period-of-care-at-a-time" },
        { "placement with an unknown type", "placementType", "ssda903-placement-type" },
        { "placement change without a reason", "reasonForChange", "required" },
        { "looked-after review with an unknown participation code", "participation", "ssda903-review-participation" },
        { "looked-after visit when not in care", "visitedAt", "needs-child-in-care" },
        { "second initial health assessment", "kind", "one-initial-health-assessment" },
        { "pathway plan review with no plan", "isReview", "review-needs-a-plan" },
        { "care leaver contact while still in care", "contactedAt", "needs-care-leaver" },
        { "return with no missing episode", "returnedAt", "needs-open-missing-episode" },
        { "return interview before the return", "recordedAt", "interview-after-return" },
    };

    [Theory, MemberData(nameof(Violations))]
    public async Task A_rule_violation_is_refused_with_a_problem_naming_field_and_rule_and_stores_nothing(
        string caseName, string field, string rule)
    {
        var client = host.ClientFor("sw.sam.taylor");
        var child = caseName == "child id with spaces" ? "bad%20id" : JourneyApi.NewChildId();
        var (setup, bad) = Case(caseName);
        foreach (var (step, body) in setup) await client.RecordOk(child, step, body);
        var timelineBefore = (await client.Timeline(child)).ToJsonString();
        var measuresBefore = await MeasuresOf(client, child);

        var response = await client.Record(child, bad.Step, bad.Body);

        ((int)response.StatusCode).ShouldBe(400);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.ReadJson();
        problem["status"]!.GetValue<int>().ShouldBe(400);
        problem["type"]!.GetValue<string>().ShouldBe("https://journey.local/problems/rule-violation");
        var violations = problem["violations"]!.AsArray();
        violations.ShouldContain(v => v!["field"]!.GetValue<string>() == field && v["rule"]!.GetValue<string>() == rule,
            $"violations were {violations.ToJsonString()}");
        (await client.Timeline(child)).ToJsonString().ShouldBe(timelineBefore);
        (await MeasuresOf(client, child)).ShouldBe(measuresBefore);
    }

    /// <summary>
    /// The child's measure rows without the time elapsed so far (an hour clock's moves on between two reads);
    /// a malformed child id is refused as a filter (400), and has none.
    /// </summary>
    private static async Task<string> MeasuresOf(HttpClient client, string child)
    {
        var response = await client.GetAsync($"/api/measures?childId={child}", TestContext.Current.CancellationToken);
        if ((int)response.StatusCode == 400) return "[]";
        var rows = await client.GetArray($"/api/measures?childId={child}");
        foreach (var row in rows) row!.AsObject().Remove("elapsed");
        return rows.ToJsonString();
    }

    private static ((string Step, object Body)[] Setup, (string Step, object Body) Bad) Case(string name) => name switch
    {
        "contact dated in the future" => ([], ("contacts", new { receivedAt = DateTimeOffset.UtcNow.AddDays(1), source = "2A", concerns = "c", consent = "Given" })),
        "contact dated before the working-day calendar begins" => ([], ("contacts", new { receivedAt = "2009-12-31T09:00:00Z", source = "2A", concerns = "c", consent = "Given" })),
        "contact with an unknown referral source" => ([], ("contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2Z", concerns = "c", consent = "Given" })),
        "consent overridden without a rationale" => ([], ("contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Overridden" })),
        "contact without concerns" => ([], ("contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", consent = "Given" })),
        "decision before the contact was received" => ([Contact], ("front-door-decisions", new { decidedAt = "2026-03-01T09:00:00Z", outcome = "EarlyHelp", rationale = "r", decidedBy = "m" })),
        "second decision on the same contact" =>
            ([Contact, ReferDecision], ("front-door-decisions", new { decidedAt = "2026-03-02T13:00:00Z", outcome = "EarlyHelp", rationale = "r", decidedBy = "m", contactNumber = 1 })),
        "referral from a contact decided as no further action" =>
            ([Contact, ("front-door-decisions", new { decidedAt = "2026-03-02T12:00:00Z", outcome = "NoFurtherAction", rationale = "r", decidedBy = "m" })], Referral),
        "assessment authorised before it started" =>
            ([Contact, ReferDecision, Referral, AssessmentStarted], ("assessments/authorised", new { authorisedAt = "2026-03-03T10:00:00Z", authorisedBy = "tm" })),
        "conference without a section 47 asking for one" => ([Contact, StrategyDecision, Referral], ("initial-conferences", new { heldAt = "2026-03-10T10:00:00Z", planRequired = false })),
        "conference after a section 47 that found a child in need" =>
            ([Contact, StrategyDecision, Referral, Section47, ("section-47-enquiries/concluded", new { concludedAt = "2026-03-06T10:00:00Z", outcome = "ChildInNeed" })],
             ("initial-conferences", new { heldAt = "2026-03-10T10:00:00Z", planRequired = false })),
        "plan without an abuse category" =>
            ([Contact, StrategyDecision, Referral, Section47, ("section-47-enquiries/concluded", new { concludedAt = "2026-03-06T10:00:00Z", outcome = "InitialConference" })],
             ("initial-conferences", new { heldAt = "2026-03-10T10:00:00Z", planRequired = true })),
        "second section 47 while one is open" => ([Contact, StrategyDecision, Referral, Section47], ("strategy-discussions", new { heldAt = "2026-03-04T10:00:00Z", initiatesSection47 = true })),
        "child id with spaces" => ([], Contact),
        "decision with no contact awaiting one" =>
            ([Contact, ReferDecision], ("front-door-decisions", new { decidedAt = "2026-03-02T13:00:00Z", outcome = "EarlyHelp", rationale = "r", decidedBy = "m" })),
        "decision without an outcome" => ([Contact], ("front-door-decisions", new { decidedAt = "2026-03-02T13:00:00Z", rationale = "r", decidedBy = "m" })),
        "second referral from the same contact" => ([Contact, ReferDecision, Referral], ("referrals", new { acceptedAt = "2026-03-02T13:00:00Z", contactNumber = 1 })),
        "referral with an unknown primary need" => ([Contact, ReferDecision], ("referrals", new { acceptedAt = "2026-03-02T13:00:00Z", primaryNeed = "N10" })),
        "referral accepted before the contact" => ([Contact, ReferDecision], ("referrals", new { acceptedAt = "2026-03-01T13:00:00Z" })),
        "allocation before any referral" => ([Contact], ("allocations", new { allocatedAt = "2026-03-02T13:00:00Z", team = "t", worker = "w" })),
        "allocation before the referral" => ([Contact, ReferDecision, Referral], ("allocations", new { allocatedAt = "2026-03-02T12:00:00Z", team = "t", worker = "w" })),
        "allocation without a worker" => ([Contact, ReferDecision, Referral], ("allocations", new { allocatedAt = "2026-03-02T13:00:00Z", team = "t" })),
        "assessment before any referral" => ([Contact], AssessmentStarted),
        "second assessment while one is in progress" => ([Contact, ReferDecision, Referral, AssessmentStarted], AssessmentStarted),
        "assessment started before the referral" => ([Contact, ReferDecision, Referral], ("assessments/started", new { startedAt = "2026-03-02T12:00:00Z" })),
        "authorisation with no assessment started" => ([Contact, ReferDecision, Referral], ("assessments/authorised", new { authorisedAt = "2026-03-05T10:00:00Z", authorisedBy = "tm" })),
        "assessment authorised twice" =>
            ([Contact, ReferDecision, Referral, AssessmentStarted, ("assessments/authorised", new { authorisedAt = "2026-03-05T10:00:00Z", authorisedBy = "tm" })],
             ("assessments/authorised", new { authorisedAt = "2026-03-06T10:00:00Z", authorisedBy = "tm", assessmentNumber = 1 })),
        "strategy discussion before the contact" => ([Contact], ("strategy-discussions", new { heldAt = "2026-03-01T10:00:00Z", initiatesSection47 = false })),
        "strategy discussion without saying whether it initiates a section 47" => ([Contact], ("strategy-discussions", new { heldAt = "2026-03-03T10:00:00Z" })),
        "conclusion with no section 47 open" => ([Contact], AskForConference),
        "section 47 concluded before it started" =>
            ([Contact, StrategyDecision, Section47], ("section-47-enquiries/concluded", new { concludedAt = "2026-03-02T10:00:00Z", outcome = "NoFurtherAction" })),
        "conference before the section 47 concluded" =>
            ([Contact, StrategyDecision, Section47, AskForConference], ("initial-conferences", new { heldAt = "2026-03-05T10:00:00Z", planRequired = false })),
        "category without a plan" =>
            ([Contact, StrategyDecision, Section47, AskForConference], ("initial-conferences", new { heldAt = "2026-03-10T10:00:00Z", planRequired = false, category = "EMO" })),
        "initial conference while a plan is open" =>
            ([.. OnPlan, ("strategy-discussions", new { heldAt = "2026-03-11T10:00:00Z", initiatesSection47 = true }),
              ("section-47-enquiries/concluded", new { concludedAt = "2026-03-12T10:00:00Z", outcome = "InitialConference" })],
             ("initial-conferences", new { heldAt = "2026-03-13T10:00:00Z", planRequired = false })),
        "plan ended with no plan open" => ([Contact], ("protection-plans/ended", new { endedAt = "2026-03-20T10:00:00Z", reason = "r" })),
        "plan ended before it started" => (OnPlan, ("protection-plans/ended", new { endedAt = "2026-03-09T10:00:00Z", reason = "r" })),
        "plan ended without a reason" => (OnPlan, ("protection-plans/ended", new { endedAt = "2026-03-20T10:00:00Z" })),
        "protection visit with no plan open" => ([Contact], ("protection-plans/visits", new { visitedAt = "2026-03-12T10:00:00Z", childSeen = true, childSeenAlone = true })),
        "child seen alone but not seen" => (OnPlan, ("protection-plans/visits", new { visitedAt = "2026-03-12T10:00:00Z", childSeen = false, childSeenAlone = true })),
        "core group before the plan started" => (OnPlan, ("protection-plans/core-groups", new { heldAt = "2026-03-09T10:00:00Z" })),
        "category changed to the same category" => (OnPlan, ("protection-plans/category-changes", new { changedAt = "2026-03-12T10:00:00Z", category = "NEG" })),
        "review conference without saying whether the plan continues" => (OnPlan, ("protection-plans/review-conferences", new { heldAt = "2026-06-10T10:00:00Z" })),
        "child in need plan during a protection plan" => (OnPlan, ("child-in-need-plans", new { startedAt = "2026-03-12T10:00:00Z" })),
        "second child in need plan while one is open" =>
            ([Contact, ReferDecision, Referral, ("child-in-need-plans", new { startedAt = "2026-03-05T10:00:00Z" })], ("child-in-need-plans", new { startedAt = "2026-03-06T10:00:00Z" })),
        "child in need visit with no plan open" =>
            ([Contact, ReferDecision, Referral], ("child-in-need-plans/visits", new { visitedAt = "2026-03-06T10:00:00Z", childSeen = true, childSeenAlone = false })),
        "protection plan while a child in need plan is open" =>
            ([Contact, StrategyDecision, Referral, ("child-in-need-plans", new { startedAt = "2026-03-02T13:00:00Z" }), Section47, AskForConference], ConferenceWithPlan),
        "closure with an unknown reason" => ([Contact, ReferDecision, Referral], ("closures", new { closedAt = "2026-03-06T10:00:00Z", reason = "RC0" })),
        "closure with a plan open" => (OnPlan, ("closures", new { closedAt = "2026-03-12T10:00:00Z", reason = "RC7" })),
        "care with an unknown legal status" => ([Contact], ("care", new { enteredAt = "2026-03-03T10:00:00Z", legalStatus = "C9", planned = true })),
        "second period of care while in care" => ([Contact, InCare], ("care", new { enteredAt = "2026-03-05T10:00:00Z", legalStatus = "V2", planned = true })),
        "placement with an unknown type" => ([Contact, InCare], ("care/placements", new { startedAt = "2026-03-03T11:00:00Z", placementType = "U9" })),
        "placement change without a reason" => ([Contact, InCare, Placed], ("care/placements", new { startedAt = "2026-03-04T11:00:00Z", placementType = "K2" })),
        "looked-after review with an unknown participation code" => ([Contact, InCare], ("care/reviews", new { heldAt = "2026-03-04T11:00:00Z", participation = "PN9" })),
        "looked-after visit when not in care" => ([Contact], ("care/visits", new { visitedAt = "2026-03-04T11:00:00Z", childSeen = true, childSeenAlone = true })),
        "second initial health assessment" =>
            ([Contact, InCare, ("care/health-assessments", new { completedAt = "2026-03-04T11:00:00Z", kind = "Initial" })],
             ("care/health-assessments", new { completedAt = "2026-03-05T11:00:00Z", kind = "Initial" })),
        "pathway plan review with no plan" => ([Contact, InCare], ("leaving-care/pathway-plans", new { recordedAt = "2026-03-04T11:00:00Z", isReview = true })),
        "care leaver contact while still in care" => ([Contact, InCare], ("leaving-care/contacts", new { contactedAt = "2026-03-04T11:00:00Z", inTouch = "YES" })),
        "return with no missing episode" => ([Contact], ("missing-episodes/returns", new { returnedAt = "2026-03-04T11:00:00Z" })),
        "return interview before the return" =>
            ([Contact, ("missing-episodes", new { missingFrom = "2026-03-04T20:00:00Z" }), ("missing-episodes/returns", new { returnedAt = "2026-03-05T08:00:00Z" })],
             ("missing-episodes/return-interviews", new { recordedAt = "2026-03-05T07:00:00Z", outcome = "Offered" })),
        "assessment after the case was closed" => ([Contact, ReferDecision, Referral, ("closures", new { closedAt = "2026-03-03T10:00:00Z", reason = "RC8" })], AssessmentStarted),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Fact]
    public async Task A_step_for_a_child_with_no_journey_is_not_found_and_stores_nothing()
    {
        var client = host.ClientFor("sw.sam.taylor");
        var child = JourneyApi.NewChildId();
        var response = await client.Record(child, "assessments/started", new { startedAt = "2026-03-04T10:00:00Z" });
        ((int)response.StatusCode).ShouldBe(404);
        (await client.Timeline(child)).Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"receivedAt":"not a date","source":"2A","concerns":"c","consent":"Given"}""")]
    [InlineData("""{"receivedAt":"2026-03-02T09:00:00Z","source":"2A","concerns":"c","consent":"Perhaps"}""")]
    [InlineData("""{"receivedAt":"2026-03-02T09:00:00Z","source":"2A",""")]
    [InlineData("""{"receivedAt":"2026-03-02T09:00:00Z","source":"2A","concerns":"c","consent":7}""")]
    public async Task Malformed_json_is_a_client_error_and_stores_nothing(string body)
    {
        var client = host.ClientFor("sw.sam.taylor");
        var child = JourneyApi.NewChildId();
        var response = await client.PostAsync($"/api/children/{child}/contacts",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(400);
        (await client.Timeline(child)).Count.ShouldBe(0);
    }

    [Fact]
    public async Task Invalid_measure_queries_name_the_parameter_and_rule()
    {
        var client = host.ClientFor("analyst.kim");
        var response = await client.GetAsync("/api/measures?from=2026-13-01&status=soon&measure=speed", TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(400);
        var fields = (await response.ReadJson())["violations"]!.AsArray().Select(v => $"{v!["field"]}:{v["rule"]}").ToArray();
        fields.ShouldBe(["from:iso-8601-date", "measure:known-measure", "status:known-status"], ignoreOrder: true);
    }
}
