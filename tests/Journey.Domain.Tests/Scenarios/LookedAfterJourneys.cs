using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.Domain.Missing;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Scenarios;

/// <summary>
/// Steps and journeys for looked-after children, care leavers and missing episodes, on top of
/// <see cref="JourneyBuilder"/>. Every step is a real command, so a refused setup fails the test.
/// </summary>
internal static class LookedAfterJourneys
{
    /// <summary>The contact every journey here starts with (Day1 09:00).</summary>
    public static readonly DateTimeOffset ContactAt = Day1;

    /// <summary>Period of care 1 begins (Day1 + 1 day).</summary>
    public static readonly DateTimeOffset EnteredAt = Day1.AddDays(1);

    /// <summary>Placement 1 starts (Day1 + 1 day, 2 hours after entering care).</summary>
    public static readonly DateTimeOffset FirstPlacementAt = EnteredAt.AddHours(2);

    /// <summary>Period of care 1 ends (Day1 + 30 days).</summary>
    public static readonly DateTimeOffset LeftAt = Day1.AddDays(30);

    /// <summary>Period of care 2 begins (Day1 + 50 days).</summary>
    public static readonly DateTimeOffset ReEnteredAt = Day1.AddDays(50);

    /// <summary>What a planned entry recorded with none of the SSDA903's entry items folds to.</summary>
    public static readonly CareEntryState Entered = new(true, false, null, null, null, null, null);

    private static readonly string[] Ssda903LegalStatuses = ["C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4"];

    /// <summary>Every SSDA903 legal status, a case each, for the theories that enter care or change the status.</summary>
    public static TheoryData<string> LegalStatuses() => new(Ssda903LegalStatuses);

    /// <summary>... but <paramref name="current"/>, the status a change starts from.</summary>
    public static TheoryData<string> LegalStatusesOtherThan(string current) => new(Ssda903LegalStatuses.Where(s => s != current));

    public static JourneyBuilder EnteredCare(this JourneyBuilder b, DateTimeOffset at, string legalStatus = "C2", bool planned = true, bool uasc = false) =>
        b.Apply(new EnterCare(at, legalStatus, planned, uasc));

    public static JourneyBuilder LegalStatusChanged(this JourneyBuilder b, DateTimeOffset at, string legalStatus) =>
        b.Apply(new ChangeLegalStatus(at, legalStatus));

    public static JourneyBuilder Placed(this JourneyBuilder b, DateTimeOffset at, string placementType = "U6", string? reasonForChange = null,
        string? provider = null, bool outOfArea = false) =>
        b.Apply(new StartPlacement(at, placementType, provider, outOfArea, reasonForChange));

    public static JourneyBuilder Reviewed(this JourneyBuilder b, DateTimeOffset at, string participation = "PN1") =>
        b.Apply(new HoldLookedAfterReview(at, participation));

    public static JourneyBuilder Visited(this JourneyBuilder b, DateTimeOffset at, bool childSeen = true, bool childSeenAlone = true) =>
        b.Apply(new RecordLookedAfterVisit(at, childSeen, childSeenAlone));

    public static JourneyBuilder HealthAssessed(this JourneyBuilder b, DateTimeOffset at, HealthAssessmentKind kind = HealthAssessmentKind.Initial) =>
        b.Apply(new RecordHealthAssessment(at, kind));

    public static JourneyBuilder EducationPlan(this JourneyBuilder b, DateTimeOffset at) =>
        b.Apply(new RecordPersonalEducationPlan(at));

    public static JourneyBuilder LeftCare(this JourneyBuilder b, DateTimeOffset at, string reasonCeased = "E4A") =>
        b.Apply(new LeaveCare(at, reasonCeased));

    public static JourneyBuilder AdviserAllocated(this JourneyBuilder b, DateTimeOffset at, string adviser = "Alex Morgan") =>
        b.Apply(new AllocatePersonalAdviser(at, adviser));

    public static JourneyBuilder PathwayPlan(this JourneyBuilder b, DateTimeOffset at, bool isReview = false, string? changePrompting = null) =>
        b.Apply(new RecordPathwayPlan(at, isReview, changePrompting));

    public static JourneyBuilder CareLeaverContact(this JourneyBuilder b, DateTimeOffset at, string inTouch = "YES") =>
        b.Apply(new RecordCareLeaverContact(at, inTouch));

    public static JourneyBuilder WentMissing(this JourneyBuilder b, DateTimeOffset at) =>
        b.Apply(new RecordMissing(at));

    public static JourneyBuilder Returned(this JourneyBuilder b, DateTimeOffset at) =>
        b.Apply(new RecordReturn(at));

    public static JourneyBuilder ReturnInterview(this JourneyBuilder b, DateTimeOffset at, ReturnInterviewOutcome outcome = ReturnInterviewOutcome.Completed) =>
        b.Apply(new RecordReturnInterview(at, outcome));

    // Common journeys.

    /// <summary>A contact at Day1 09:00 and nothing else.</summary>
    public static JourneyBuilder Contacted(this JourneyBuilder b) => b.Contact(ContactAt);

    /// <summary>... and period of care 1 began at <see cref="EnteredAt"/> (C2, planned), still open, no placement.</summary>
    public static JourneyBuilder InCare(this JourneyBuilder b) => b.Contacted().EnteredCare(EnteredAt);

    /// <summary>... with placement 1 (U6) from <see cref="FirstPlacementAt"/>.</summary>
    public static JourneyBuilder InCarePlaced(this JourneyBuilder b) => b.InCare().Placed(FirstPlacementAt);

    /// <summary>Period of care 1 (placement 1 at <see cref="FirstPlacementAt"/>) ended at <see cref="LeftAt"/>: a care leaver.</summary>
    public static JourneyBuilder CareLeaver(this JourneyBuilder b) => b.InCarePlaced().LeftCare(LeftAt);

    /// <summary>... who came back into care at <see cref="ReEnteredAt"/> (period of care 2, V2, unplanned), no placement yet.</summary>
    public static JourneyBuilder BackInCare(this JourneyBuilder b) => b.CareLeaver().EnteredCare(ReEnteredAt, "V2", planned: false);
}
