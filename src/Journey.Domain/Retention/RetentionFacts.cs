using Journey.Domain.Assessments;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Closure;
using Journey.Domain.EarlyHelp;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Protection;
using Journey.Domain.Timescales;

namespace Journey.Domain.Retention;

/// <summary>
/// What the retention schedule needs to know of a child's journey, read from its facts as they now
/// stand: the kinds of record it made, the dates periods count from, and the date of birth.
/// </summary>
/// <param name="Kinds">The kinds the journey shows (withdrawn steps show none); contact-only when it shows no other.</param>
/// <param name="LatestStep">The UK date of the latest step recorded, withdrawn ones included: the record's last entry.</param>
/// <param name="DiedOn">The earliest step recording the child's death: a closure RC2, care ceased E2, a care leaver's contact DIED.</param>
public sealed record RetentionFacts(
    IReadOnlySet<string> Kinds,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    DateOnly LatestStep,
    DateOnly? DiedOn,
    DateOnly? AdoptionOrderOn)
{
    // The codes that record a death (seeds/reference/code-lists.csv).
    private const string ClosedOnDeath = "RC2";
    private const string CareCeasedOnDeath = "E2";
    private const string CareLeaverDied = "DIED";

    public static RetentionFacts From(ChildJourney journey)
    {
        var standing = journey.Facts.Where(f => f.IsEffective).Select(f => f.Event).ToList();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in standing)
            if (KindOf(e) is { } kind) kinds.Add(kind);
        if (kinds.Count == 0) kinds.Add(RetentionKinds.ContactOnly);

        var deaths = standing.Where(e => e is CaseClosed { Reason: ClosedOnDeath } or LeftCare { ReasonCeased: CareCeasedOnDeath }
                or CareLeaverContactMade { InTouch: CareLeaverDied })
            .Select(e => UkTime.DateOf(e.OccurredAt)).ToList();
        var orders = standing.OfType<AdoptionStepTaken>().Where(a => a.Step == AdoptionStep.AdoptionOrderMade)
            .Select(a => UkTime.DateOf(a.OccurredAt)).ToList();
        return new RetentionFacts(kinds, journey.DateOfBirth, journey.ExpectedDateOfBirth,
            journey.Facts.Max(f => UkTime.DateOf(f.Event.OccurredAt)),
            deaths.Count == 0 ? null : deaths.Min(),
            orders.Count == 0 ? null : orders.Min());
    }

    private static string? KindOf(IJourneyEvent e) => e switch
    {
        EarlyHelpStarted or SteppedDownToEarlyHelp => RetentionKinds.EarlyHelp,
        ReferralAccepted or AssessmentStarted or ChildInNeedPlanStarted => RetentionKinds.ChildInNeed,
        StrategyDiscussionHeld or Section47Started or InitialConferenceHeld or ProtectionPlanStarted or ProtectionPlanTransferredIn
            => RetentionKinds.ChildProtection,
        EnteredCare => RetentionKinds.LookedAfter,
        PersonalAdviserAllocated or PathwayPlanRecorded or CareLeaverContactMade or LeavingCareNeedsAssessed => RetentionKinds.CareLeaver,
        AdoptionStepTaken { Step: AdoptionStep.AdoptionOrderMade } => RetentionKinds.Adopted,
        _ => null,
    };
}
