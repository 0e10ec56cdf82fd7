using Journey.Domain.Assessments;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Children;
using Journey.Domain.Closure;
using Journey.Domain.Corrections;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Families;
using Journey.Domain.FrontDoor;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.Domain.Missing;
using Journey.Domain.Permanence;
using Journey.Domain.PreProceedings;
using Journey.Domain.Proceedings;
using Journey.Domain.Protection;
using Journey.Domain.Safeguarding;
using Journey.Domain.Supervision;

namespace Journey.Domain.Journeys;

/// <summary>
/// A step a practitioner records: the event it appends, the command that decides it, and the
/// command field that says when it happened (what an import line's occurredAt fills in).
/// </summary>
public sealed record JourneyStep(Type Event, Type Command, string OccurredField, string Stage,
    IReadOnlyDictionary<string, string>? FieldRenames = null);

/// <summary>
/// Every recordable step. Events not listed here are appended only alongside another step
/// (Section47Started with its strategy discussion, ProtectionPlanStarted with its conference) or
/// change earlier steps (EventCorrected, EventWithdrawn).
/// </summary>
public static class JourneySteps
{
    public static readonly IReadOnlyList<JourneyStep> All =
    [
        new(typeof(ContactReceived), typeof(RecordContact), "receivedAt", "Front door"),
        new(typeof(FrontDoorDecisionMade), typeof(RecordFrontDoorDecision), "decidedAt", "Front door"),
        new(typeof(ReferralAccepted), typeof(AcceptReferral), "acceptedAt", "Front door"),
        new(typeof(FrontDoorDecisionChallenged), typeof(ChallengeFrontDoorDecision), "challengedAt", "Front door"),
        new(typeof(CaseAllocated), typeof(AllocateCase), "allocatedAt", "Allocation"),
        new(typeof(SupervisionHeld), typeof(RecordSupervision), "heldAt", "Allocation"),
        new(typeof(AssessmentStarted), typeof(StartAssessment), "startedAt", "Assessment"),
        new(typeof(AssessmentCompleted), typeof(CompleteAssessment), "completedAt", "Assessment"),
        new(typeof(AssessmentAuthorised), typeof(AuthoriseAssessment), "authorisedAt", "Assessment"),
        new(typeof(StrategyDiscussionHeld), typeof(HoldStrategyDiscussion), "heldAt", "Child protection"),
        new(typeof(Section47ChildSeen), typeof(RecordSection47ChildSeen), "seenAt", "Child protection"),
        new(typeof(Section47Concluded), typeof(ConcludeSection47), "concludedAt", "Child protection"),
        new(typeof(InitialConferenceScheduled), typeof(ScheduleInitialConference), "scheduledAt", "Child protection"),
        new(typeof(InitialConferenceHeld), typeof(HoldInitialConference), "heldAt", "Child protection"),
        new(typeof(ProtectionPlanTransferredIn), typeof(TransferProtectionPlanIn), "transferredAt", "Child protection"),
        new(typeof(ProtectionPlanTransferredOut), typeof(TransferProtectionPlanOut), "transferredAt", "Child protection"),
        new(typeof(ProtectionVisitMade), typeof(RecordProtectionVisit), "visitedAt", "Child protection"),
        new(typeof(CoreGroupHeld), typeof(HoldCoreGroup), "heldAt", "Child protection"),
        new(typeof(ProtectionCategoryChanged), typeof(ChangeProtectionCategory), "changedAt", "Child protection"),
        new(typeof(ReviewConferenceHeld), typeof(HoldReviewConference), "heldAt", "Child protection"),
        new(typeof(MidwayReviewHeld), typeof(HoldMidwayReview), "heldAt", "Child protection"),
        new(typeof(ProtectionPlanEnded), typeof(EndProtectionPlan), "endedAt", "Child protection"),
        new(typeof(ChildInNeedPlanStarted), typeof(StartChildInNeedPlan), "startedAt", "Child in need"),
        new(typeof(ChildInNeedVisitMade), typeof(RecordChildInNeedVisit), "visitedAt", "Child in need"),
        new(typeof(ChildInNeedPlanReviewed), typeof(ReviewChildInNeedPlan), "reviewedAt", "Child in need"),
        new(typeof(ChildInNeedPlanEnded), typeof(EndChildInNeedPlan), "endedAt", "Child in need"),
        new(typeof(RecordFinalised), typeof(FinaliseRecord), "finalisedAt", "Records",
            new Dictionary<string, string> { ["finalisedVersion"] = "version" }),
        new(typeof(CaseClosed), typeof(CloseCase), "closedAt", "Closure"),
        new(typeof(FamilyLinked), typeof(LinkToFamily), "linkedAt", "Families"),
        new(typeof(FamilyUnlinked), typeof(UnlinkFromFamily), "unlinkedAt", "Families"),
        new(typeof(EarlyHelpStarted), typeof(StartEarlyHelp), "startedAt", "Early help"),
        new(typeof(EarlyHelpPlanAgreed), typeof(AgreeEarlyHelpPlan), "agreedAt", "Early help"),
        new(typeof(EarlyHelpReviewed), typeof(ReviewEarlyHelp), "reviewedAt", "Early help"),
        new(typeof(StepUpDecided), typeof(DecideStepUp), "decidedAt", "Early help"),
        new(typeof(SteppedDownToEarlyHelp), typeof(StepDownToEarlyHelp), "steppedDownAt", "Early help"),
        new(typeof(EarlyHelpClosed), typeof(CloseEarlyHelp), "closedAt", "Early help"),
        new(typeof(PreProceedingsEntered), typeof(EnterPreProceedings), "decidedAt", "Pre-proceedings"),
        new(typeof(LetterBeforeProceedingsSent), typeof(SendLetterBeforeProceedings), "sentAt", "Pre-proceedings"),
        new(typeof(FamilyGroupConferenceOffered), typeof(OfferFamilyGroupConference), "offeredAt", "Pre-proceedings"),
        new(typeof(FamilyGroupConferenceHeld), typeof(HoldFamilyGroupConference), "heldAt", "Pre-proceedings"),
        new(typeof(PreProceedingsMeetingHeld), typeof(HoldPreProceedingsMeeting), "heldAt", "Pre-proceedings"),
        new(typeof(PreProceedingsAssessmentCommissioned), typeof(CommissionPreProceedingsAssessment), "commissionedAt", "Pre-proceedings"),
        new(typeof(PreProceedingsEscalated), typeof(EscalatePreProceedings), "escalatedAt", "Pre-proceedings"),
        new(typeof(PreProceedingsConcluded), typeof(ConcludePreProceedings), "concludedAt", "Pre-proceedings"),
        new(typeof(CareProceedingsIssued), typeof(IssueCareProceedings), "issuedAt", "Care proceedings"),
        new(typeof(CourtHearingHeld), typeof(HoldCourtHearing), "heldAt", "Care proceedings"),
        new(typeof(InterimOrderMade), typeof(MakeInterimOrder), "madeAt", "Care proceedings"),
        new(typeof(ProceedingsExtended), typeof(ExtendProceedings), "extendedAt", "Care proceedings"),
        new(typeof(FinalOrderMade), typeof(MakeFinalOrder), "madeAt", "Care proceedings"),
        new(typeof(EnteredCare), typeof(EnterCare), "enteredAt", "Looked after"),
        new(typeof(LegalStatusChanged), typeof(ChangeLegalStatus), "changedAt", "Looked after"),
        new(typeof(PlacementStarted), typeof(StartPlacement), "startedAt", "Looked after"),
        new(typeof(LookedAfterReviewHeld), typeof(HoldLookedAfterReview), "heldAt", "Looked after"),
        new(typeof(LookedAfterVisitMade), typeof(RecordLookedAfterVisit), "visitedAt", "Looked after"),
        new(typeof(HealthAssessmentCompleted), typeof(RecordHealthAssessment), "completedAt", "Looked after"),
        new(typeof(PersonalEducationPlanRecorded), typeof(RecordPersonalEducationPlan), "recordedAt", "Looked after"),
        new(typeof(CarePlanRecorded), typeof(RecordCarePlan), "recordedAt", "Looked after"),
        new(typeof(PermanencePlanMade), typeof(MakePermanencePlan), "madeAt", "Permanence"),
        new(typeof(AdoptionStepTaken), typeof(TakeAdoptionStep), "takenAt", "Permanence"),
        new(typeof(LookedAfterReviewNotHeld), typeof(RecordLookedAfterReviewNotHeld), "dueAt", "Looked after"),
        new(typeof(CareOrderDischarged), typeof(DischargeCareOrder), "dischargedAt", "Permanence"),
        new(typeof(LeftCare), typeof(LeaveCare), "leftAt", "Looked after"),
        new(typeof(UascStatusCeased), typeof(EndUascStatus), "ceasedAt", "Looked after"),
        new(typeof(StrengthsAndDifficultiesRecorded), typeof(RecordStrengthsAndDifficulties), "completedAt", "Looked after"),
        new(typeof(SubstanceMisuseIdentified), typeof(IdentifySubstanceMisuse), "identifiedAt", "Looked after"),
        new(typeof(YouthJusticeOutcomeRecorded), typeof(RecordYouthJusticeOutcome), "decidedAt", "Looked after"),
        new(typeof(AdoptionDecisionReversed), typeof(ReverseAdoptionDecision), "reversedAt", "Permanence"),
        new(typeof(LeavingCareNeedsAssessed), typeof(AssessLeavingCareNeeds), "assessedAt", "Leaving care"),
        new(typeof(PersonalAdviserAllocated), typeof(AllocatePersonalAdviser), "allocatedAt", "Leaving care"),
        new(typeof(PathwayPlanRecorded), typeof(RecordPathwayPlan), "recordedAt", "Leaving care"),
        new(typeof(CareLeaverContactMade), typeof(RecordCareLeaverContact), "contactedAt", "Leaving care"),
        new(typeof(ExploitationRiskIdentified), typeof(IdentifyExploitationRisk), "identifiedAt", "Safeguarding"),
        new(typeof(PrivateFosteringNotified), typeof(NotifyPrivateFostering), "notifiedAt", "Safeguarding"),
        new(typeof(HomelessPresentationMade), typeof(RecordHomelessPresentation), "presentedAt", "Safeguarding"),
        new(typeof(TransitionPlanAgreed), typeof(AgreeTransitionPlan), "agreedAt", "Safeguarding"),
        new(typeof(MissingEpisodeStarted), typeof(RecordMissing), "missingFrom", "Missing"),
        new(typeof(ReturnedFromMissing), typeof(RecordReturn), "returnedAt", "Missing"),
        new(typeof(ReturnInterviewRecorded), typeof(RecordReturnInterview), "recordedAt", "Missing"),
        new(typeof(ChildDetailsRecorded), typeof(RecordChildDetails), "recordedAt", "Child"),
    ];

    public static readonly IReadOnlyDictionary<string, JourneyStep> ByEventName = All.ToDictionary(s => s.Event.Name);
}
