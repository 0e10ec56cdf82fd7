using Journey.IntegrationTests.Infrastructure;
using static Journey.IntegrationTests.Returns.Ssda903.Ssda903Api;

namespace Journey.IntegrationTests.Returns.Ssda903;

/// <summary>
/// Three children of 2025/26, each recorded afresh (new ids) through the import with every step a real authority
/// records, in the order it happened. None is looked after, nor a care leaver, before 1 April 2025.
/// </summary>
internal sealed record Ssda903Children(string LookedAfter, string Adopted, string CareLeaver)
{
    public static async Task<Ssda903Children> Record(JourneyHost host)
    {
        var children = new Ssda903Children(JourneyApi.NewChildId(), JourneyApi.NewChildId(), JourneyApi.NewChildId());
        await host.Import([.. children.LookedAfterAllYear(), .. children.AdoptedInTheYear(), .. children.LeftCareAndTurned17()]);
        return children;
    }

    /// <summary>
    /// A 12-year-old unaccompanied asylum-seeking girl looked after from 1 April 2025, all year: a change of legal status
    /// and of carer on 1 September, a change in the status of the placement only on 31 March and another move on 1 April
    /// 2026; a review, a health assessment and a dental check, two social workers, missing and away (once over the year's
    /// end). What the returns ask is recorded of her first two placements and first social worker, not of the later ones.
    /// </summary>
    private IEnumerable<object> LookedAfterAllYear()
    {
        var a = LookedAfter;
        yield return Step(a, "ContactReceived", "2025-04-01T08:00:00+01:00", new { source = "6", concerns = "c", consent = "NotRequired" });
        yield return Step(a, "ChildDetailsRecorded", "2025-04-01T09:00:00+01:00", new { dateOfBirth = "2012-05-12", gender = "F", ethnicity = "WBRI", upn = "T201202500001", isMother = false });
        yield return Step(a, "FrontDoorDecisionMade", "2025-04-01T09:30:00+01:00", new { outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        yield return Step(a, "ReferralAccepted", "2025-04-01T09:40:00+01:00", new { primaryNeed = "N1" });
        yield return Step(a, "EnteredCare", "2025-04-01T10:00:00+01:00", new { legalStatus = "C1", planned = false, uasc = true, categoryOfNeed = "N1", previousPermanence = "Z1" });
        yield return Step(a, "PlacementStarted", "2025-04-01T12:00:00+01:00",
            new { placementType = "U6", provider = "In-house foster carers", outOfArea = false, placementProvider = "PR1", postcode = "B70 9LT", urn = "SC123456" });
        yield return Step(a, "CaseAllocated", "2025-04-02T10:00:00+01:00", new { team = "Children in Care", worker = "Jo Evans", workerRegistration = "SW12345" });
        yield return Step(a, "HealthAssessmentCompleted", "2025-04-20T10:00:00+01:00", new { kind = "Initial", immunisationsUpToDate = true });
        yield return Step(a, "LookedAfterReviewHeld", "2025-04-22T10:00:00+01:00", new { participation = "PN1" });
        yield return Step(a, "MissingEpisodeStarted", "2025-06-01T21:00:00+01:00", new { missingOrAway = "M" });
        yield return Step(a, "ReturnedFromMissing", "2025-06-02T08:00:00+01:00");
        yield return Step(a, "LegalStatusChanged", "2025-09-01T10:00:00+01:00", new { legalStatus = "C2" });
        yield return Step(a, "PlacementStarted", "2025-09-01T15:00:00+01:00",
            new { placementType = "U4", provider = "Long-term foster carers", outOfArea = false, reasonForChange = "CARPL", placementProvider = "PR1", postcode = "B69 4EJ", urn = "1234567" });
        yield return Step(a, "CaseAllocated", "2025-10-01T10:00:00+01:00", new { team = "Children in Care", worker = "Sam Taylor" });
        yield return Step(a, "HealthAssessmentCompleted", "2025-10-06T10:00:00+01:00", new { kind = "DentalCheck" });
        yield return Step(a, "MissingEpisodeStarted", "2026-03-30T21:00:00+01:00", new { missingOrAway = "A" });
        yield return Step(a, "PlacementStarted", "2026-03-31T10:00:00+01:00",
            new { placementType = "U4", provider = "The same carers, now with an agency", outOfArea = false, reasonForChange = "PLACE" });
        yield return Step(a, "PlacementStarted", "2026-04-01T10:00:00+01:00",
            new { placementType = "R1", provider = "Children's home", outOfArea = false, reasonForChange = "CREQB" });
        yield return Step(a, "ReturnedFromMissing", "2026-04-02T08:00:00+01:00");
    }

    /// <summary>A boy of two placed for adoption with his foster carers and adopted on 2 February 2026.</summary>
    private IEnumerable<object> AdoptedInTheYear()
    {
        var b = Adopted;
        yield return Step(b, "ContactReceived", "2025-05-01T09:00:00+01:00", new { source = "6", concerns = "c", consent = "NotRequired" });
        yield return Step(b, "ChildDetailsRecorded", "2025-05-01T10:00:00+01:00", new { dateOfBirth = "2023-01-10", gender = "M", ethnicity = "WBRI" });
        yield return Step(b, "EnteredCare", "2025-05-02T10:00:00+01:00", new { legalStatus = "V2", planned = true, uasc = false });
        yield return Step(b, "PlacementStarted", "2025-05-02T12:00:00+01:00", new { placementType = "U6", provider = "In-house foster carers", outOfArea = false });
        yield return Step(b, "AdoptionStepTaken", "2025-06-16T10:00:00+01:00", new { step = "DecisionMakerAgreed" });
        yield return Step(b, "LegalStatusChanged", "2025-07-01T10:00:00+01:00", new { legalStatus = "E1" });
        yield return Step(b, "AdoptionStepTaken", "2025-07-01T11:00:00+01:00", new { step = "PlacementOrderMade" });
        yield return Step(b, "AdoptionStepTaken", "2025-10-01T10:00:00+01:00", new { step = "Matched", adopters = new { fosterCarers = true, number = 2, sexes = "MF", legalStatus = "L11" } });
        yield return Step(b, "PlacementStarted", "2025-10-15T10:00:00+01:00",
            new { placementType = "A5", provider = "Foster carers adopting", outOfArea = false, reasonForChange = "PLACE" });
        yield return Step(b, "AdoptionStepTaken", "2025-10-15T11:00:00+01:00", new { step = "Placed" });
        yield return Step(b, "AdoptionStepTaken", "2026-02-02T10:00:00+00:00", new { step = "AdoptionOrderMade" });
        yield return Step(b, "LeftCare", "2026-02-02T12:00:00+00:00", new { reasonCeased = "E11" });
    }

    /// <summary>
    /// A girl referred and allocated a social worker on 7 April 2025, looked after from 10 April to 2 June 2025, aged 16, in
    /// touch around her 17th birthday on 20 August.
    /// </summary>
    private IEnumerable<object> LeftCareAndTurned17()
    {
        var c = CareLeaver;
        yield return Step(c, "ContactReceived", "2025-04-07T09:00:00+01:00", new { source = "6", concerns = "c", consent = "NotRequired" });
        yield return Step(c, "ChildDetailsRecorded", "2025-04-07T10:00:00+01:00", new { dateOfBirth = "2008-08-20", gender = "F", ethnicity = "BAFR" });
        yield return Step(c, "FrontDoorDecisionMade", "2025-04-07T11:00:00+01:00", new { outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        yield return Step(c, "ReferralAccepted", "2025-04-07T12:00:00+01:00", new { primaryNeed = "N1" });
        // Allocated three days before she came into care: her social worker episode runs from the day care began (decision 91).
        yield return Step(c, "CaseAllocated", "2025-04-07T13:00:00+01:00", new { team = "Assessment", worker = "Ali Khan", workerRegistration = "SW67890" });
        yield return Step(c, "EnteredCare", "2025-04-10T12:00:00+01:00", new { legalStatus = "V2", planned = false, uasc = false });
        yield return Step(c, "PlacementStarted", "2025-04-10T13:00:00+01:00", new { placementType = "U6", provider = "In-house foster carers", outOfArea = false });
        yield return Step(c, "LeftCare", "2025-06-02T10:00:00+01:00", new { reasonCeased = "E13" });
        yield return Step(c, "CareLeaverContactMade", "2025-08-25T10:00:00+01:00",
            new { inTouch = "YES", activity = "F2", accommodation = "B", accommodationSuitable = true });
    }
}
