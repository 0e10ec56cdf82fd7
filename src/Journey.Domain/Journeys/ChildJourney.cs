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

namespace Journey.Domain.Journeys;

/// <summary>
/// What the rules need to know of a child's journey so far, folded from the child's event stream
/// (one stream per child, keyed by the local authority's child id) by <see cref="Evolve"/> in stream
/// order. Pure: the event store calls it through Journey.Projections' ChildJourneyProjection.
/// </summary>
public sealed partial class ChildJourney
{
    public string Id { get; set; } = "";

    /// <summary>The stream version: how many events the child's stream holds.</summary>
    public long Version { get; set; }

    /// <summary>Every fact recorded, by version, in its current form (corrections applied).</summary>
    public List<RecordedFact> Facts { get; set; } = [];

    public List<ContactState> Contacts { get; set; } = [];
    public List<ReferralState> Referrals { get; set; } = [];
    public AllocationState? Allocation { get; set; }
    public List<AssessmentState> Assessments { get; set; } = [];
    public List<DiscussionState> StrategyDiscussions { get; set; } = [];
    public List<EnquiryState> Enquiries { get; set; } = [];
    public List<ConferenceState> Conferences { get; set; } = [];
    public List<PlanState> Plans { get; set; } = [];
    public List<ChildInNeedPlanState> ChildInNeedPlans { get; set; } = [];

    public List<CareEpisodeState> CareEpisodes { get; set; } = [];
    public List<EarlyHelpState> EarlyHelp { get; set; } = [];
    /// <summary>Each adoption step taken, with when.</summary>
    public Dictionary<AdoptionStep, DateTimeOffset> AdoptionSteps { get; set; } = [];

    /// <summary>When the case was first allocated (supervision can be of any allocation since).</summary>
    public DateTimeOffset? FirstAllocatedAt { get; set; }

    /// <summary>When each written record (by the version of its step) was finalised.</summary>
    public Dictionary<long, DateTimeOffset> Finalised { get; set; } = [];

    /// <summary>When each enquiry's initial conference was last scheduled.</summary>
    public Dictionary<int, DateTimeOffset> ConferencesScheduled { get; set; } = [];
    public List<PreProceedingsState> PreProceedings { get; set; } = [];
    public List<ProceedingsState> Proceedings { get; set; } = [];

    public EarlyHelpState? OpenEarlyHelp => EarlyHelp.LastOrDefault(e => e.ClosedAt is null);
    public PreProceedingsState? OpenPreProceedings => PreProceedings.LastOrDefault(p => p.ConcludedAt is null);
    public ProceedingsState? OpenProceedings => Proceedings.LastOrDefault(p => p.FinalOrderAt is null);
    public List<MissingState> MissingEpisodes { get; set; } = [];
    public string? PersonalAdviser { get; set; }
    public DateTimeOffset? PathwayPlanCreatedAt { get; set; }
    public bool PathwayPlanCreated => PathwayPlanCreatedAt is not null;
    public DateTimeOffset? FirstEnteredCareAt => CareEpisodes.Count == 0 ? null : CareEpisodes.Min(c => c.EnteredAt);
    public DateTimeOffset? LastLeftCareAt => CareEpisodes.Max(c => c.LeftAt);

    public CareEpisodeState? OpenCareEpisode => CareEpisodes.LastOrDefault(c => c.LeftAt is null);
    public bool EverInCare => CareEpisodes.Count > 0;
    public MissingState? OpenMissingEpisode => MissingEpisodes.LastOrDefault(m => m.ReturnedAt is null);

    /// <summary>The child's date of birth as last recorded; null while unborn or not yet recorded. Later rules may count from it.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The expected date of birth of a child recorded as unborn.</summary>
    public DateOnly? ExpectedDateOfBirth { get; set; }

    /// <summary>The family or sibling group the child is linked to, if any.</summary>
    public string? FamilyId { get; set; }

    /// <summary>When the case was last closed, unless a referral has opened it again since.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Times the case stood closed before a later referral opened it again.</summary>
    public List<ClosedPeriod> ClosedPeriods { get; set; } = [];

    public EnquiryState? OpenEnquiry => Enquiries.LastOrDefault(e => e.ConcludedAt is null);

    /// <summary>
    /// The latest enquiry, when it concluded asking for a conference not yet held. An earlier
    /// enquiry's request lapses once a later enquiry starts: the later one decides.
    /// </summary>
    public EnquiryState? EnquiryAwaitingConference => Enquiries.LastOrDefault() is { Outcome: Section47Outcome.InitialConference } latest
                                                       && Conferences.All(c => c.EnquiryNumber != latest.Number)
        ? latest
        : null;

    public PlanState? OpenPlan => Plans.LastOrDefault(p => p.EndedAt is null);

    public ChildInNeedPlanState? OpenChildInNeedPlan => ChildInNeedPlans.LastOrDefault(p => p.EndedAt is null);

    /// <summary>The journey of a child with no events yet.</summary>
    public static ChildJourney New(string childId) => new() { Id = childId };

    /// <summary>
    /// The number the next fact of type <typeparamref name="T"/> takes: one more than every such fact
    /// ever recorded, withdrawn ones included, so a number is never reused.
    /// </summary>
    public int NextNumber<T>() where T : IJourneyEvent => Facts.Count(f => f.Event is T) + 1;

    /// <summary>Protection plans start at a conference or by transfer in; both count.</summary>
    public int NextPlanNumber() => Facts.Count(f => f.Event is ProtectionPlanStarted or ProtectionPlanTransferredIn) + 1;

    public RecordedFact? Fact(long version) => Facts.FirstOrDefault(f => f.Version == version);

    /// <summary>
    /// The journey as the facts before <paramref name="version"/> now stand (corrections applied,
    /// withdrawn facts still counted for numbering): what a step at that version was decided against.
    /// </summary>
    public ChildJourney AsItStoodBefore(long version)
    {
        var before = new ChildJourney { Id = Id, Version = version - 1, Facts = Facts.Where(f => f.Version < version).ToList() };
        foreach (var fact in before.Facts.Where(f => f.IsEffective)) before.Fold(fact.Event);
        return before;
    }

    /// <summary>
    /// Folds the next event of the stream into the journey and returns the journey to use from now
    /// on: a correction or withdrawal changes an earlier fact, so the rules' view is folded again,
    /// into a new instance, from the facts as they now stand.
    /// </summary>
    public ChildJourney Evolve(IJourneyEvent e)
    {
        Version++;
        switch (e)
        {
            case EventCorrected corrected:
                ReplaceFact(corrected.CorrectedVersion, f => f with { Event = corrected.Replacement, Status = FactStatus.Corrected });
                return Refolded();
            case EventWithdrawn withdrawn:
                ReplaceFact(withdrawn.WithdrawnVersion, f => f with { Status = FactStatus.Withdrawn });
                return Refolded();
            default:
                Facts.Add(new RecordedFact(Version, e, FactStatus.Recorded));
                Fold(e);
                break;
        }
        return this;
    }

    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;

    private void TouchEarlyHelp(int number, DateTimeOffset at) =>
        Replace(EarlyHelp, h => h.Number == number, h => h with { LastStepAt = Later(h.LastStepAt, at) });

    private void TouchPreProceedings(int number, DateTimeOffset at) =>
        Replace(PreProceedings, p => p.Number == number, p => p with { LastStepAt = Later(p.LastStepAt, at) });

    private void TouchProceedings(int number, DateTimeOffset at) =>
        Replace(Proceedings, p => p.Number == number, p => p with { LastStepAt = Later(p.LastStepAt, at) });

    private void TouchCare(int episode, DateTimeOffset at) => Replace(CareEpisodes, c => c.Number == episode, c => Touched(c, at));

    private static CareEpisodeState Touched(CareEpisodeState c, DateTimeOffset at) => at > c.LastStepAt ? c with { LastStepAt = at } : c;

    private void ReplaceFact(long version, Func<RecordedFact, RecordedFact> change) =>
        Replace(Facts, f => f.Version == version, change);

    /// <summary>
    /// The journey folded again from the facts as they now stand, into a new instance, so no state
    /// a fact once set can outlive its withdrawal or correction.
    /// </summary>
    private ChildJourney Refolded()
    {
        var fresh = new ChildJourney { Id = Id, Version = Version, Facts = Facts };
        foreach (var fact in Facts.Where(f => f.IsEffective)) fresh.Fold(fact.Event);
        return fresh;
    }

    private void Fold(IJourneyEvent e)
    {
        switch (e)
        {
            case ContactReceived x: When(x); break;
            case FrontDoorDecisionMade x: When(x); break;
            case ReferralAccepted x: When(x); break;
            case CaseAllocated x: When(x); break;
            case AssessmentStarted x: When(x); break;
            case AssessmentAuthorised x: When(x); break;
            case StrategyDiscussionHeld x: When(x); break;
            case Section47Started x: When(x); break;
            case Section47Concluded x: When(x); break;
            case InitialConferenceHeld x: When(x); break;
            case ProtectionPlanStarted x: When(x); break;
            case ProtectionPlanEnded x: When(x); break;
            case ProtectionCategoryChanged x: When(x); break;
            case ChildInNeedPlanStarted x: ChildInNeedPlans.Add(new ChildInNeedPlanState(x.ChildInNeedPlanNumber, x.OccurredAt, null)); break;
            case ChildInNeedPlanEnded x:
                Replace(ChildInNeedPlans, p => p.Number == x.ChildInNeedPlanNumber, p => p with { EndedAt = x.OccurredAt });
                break;
            case CaseClosed x: ClosedAt = x.OccurredAt; break;
            case FamilyLinked x: FamilyId = x.FamilyId; break;
            case FamilyUnlinked: FamilyId = null; break;
            case EnteredCare x:
                CareEpisodes.Add(new CareEpisodeState(x.CareEpisodeNumber, x.OccurredAt, x.LegalStatus, null, null, false, x.OccurredAt, x.OccurredAt));
                break;
            case LegalStatusChanged x:
                Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber, c => Touched(c, x.OccurredAt) with { LegalStatus = x.LegalStatus, LegalStatusSince = x.OccurredAt });
                break;
            case LookedAfterVisitMade x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case PersonalEducationPlanRecorded x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case LookedAfterReviewHeld x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case CarePlanRecorded x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case PermanencePlanMade x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case LookedAfterReviewNotHeld x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case CareOrderDischarged x:
                Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber, c => Touched(c, x.OccurredAt) with { CareOrderDischargedAt = x.OccurredAt });
                break;
            case PlacementStarted x: Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber, c => c with { LastPlacementStartedAt = x.OccurredAt }); break;
            case HealthAssessmentCompleted x:
                Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber,
                    c => Touched(c, x.OccurredAt) with { InitialHealthAssessmentDone = c.InitialHealthAssessmentDone || x.Kind == HealthAssessmentKind.Initial });
                break;
            case LeftCare x: Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber, c => c with { LeftAt = x.OccurredAt }); break;
            case PersonalAdviserAllocated x: PersonalAdviser = x.Adviser; break;
            case PathwayPlanRecorded { IsReview: false } x: PathwayPlanCreatedAt ??= x.OccurredAt; break;
            case RecordFinalised x: Finalised[x.FinalisedVersion] = x.OccurredAt; break;
            case InitialConferenceScheduled x: ConferencesScheduled[x.EnquiryNumber] = x.OccurredAt; break;
            case ProtectionPlanTransferredIn x: Plans.Add(new PlanState(x.PlanNumber, x.OccurredAt, x.Category, null)); break;
            case ProtectionPlanTransferredOut x: Replace(Plans, p => p.Number == x.PlanNumber, p => p with { EndedAt = x.OccurredAt }); break;
            case AssessmentCompleted x: Replace(Assessments, a => a.Number == x.AssessmentNumber, a => a with { CompletedAt = x.OccurredAt }); break;
            case AdoptionStepTaken x:
                AdoptionSteps[x.Step] = x.OccurredAt;
                if (!AdoptionStepOrder.FollowsTheOrder(x.Step)) TouchCare(x.CareEpisodeNumber, x.OccurredAt);
                break;
            case EarlyHelpStarted x: EarlyHelp.Add(new EarlyHelpState(x.EarlyHelpNumber, x.OccurredAt, null)); break;
            case EarlyHelpClosed x: Replace(EarlyHelp, h => h.Number == x.EarlyHelpNumber, h => h with { ClosedAt = x.OccurredAt }); break;
            case EarlyHelpPlanAgreed x: TouchEarlyHelp(x.EarlyHelpNumber, x.OccurredAt); break;
            case EarlyHelpReviewed x: TouchEarlyHelp(x.EarlyHelpNumber, x.OccurredAt); break;
            case StepUpDecided x: TouchEarlyHelp(x.EarlyHelpNumber, x.OccurredAt); break;
            case FamilyGroupConferenceHeld x: TouchPreProceedings(x.PreProceedingsNumber, x.OccurredAt); break;
            case PreProceedingsAssessmentCommissioned x: TouchPreProceedings(x.PreProceedingsNumber, x.OccurredAt); break;
            case PreProceedingsEscalated x: TouchPreProceedings(x.PreProceedingsNumber, x.OccurredAt); break;
            case PreProceedingsMeetingHeld { IsInitial: false } x: TouchPreProceedings(x.PreProceedingsNumber, x.OccurredAt); break;
            case CourtHearingHeld x: TouchProceedings(x.ProceedingsNumber, x.OccurredAt); break;
            case InterimOrderMade x: TouchProceedings(x.ProceedingsNumber, x.OccurredAt); break;
            case ProceedingsExtended x: TouchProceedings(x.ProceedingsNumber, x.OccurredAt); break;
            case FrontDoorDecisionChallenged { Overturned: true } x:
                Replace(Contacts, c => c.Number == x.ContactNumber, c => c with { Decision = null, DecidedAt = null, OverturnedAt = x.OccurredAt });
                break;
            case PreProceedingsEntered x: PreProceedings.Add(new PreProceedingsState(x.PreProceedingsNumber, x.OccurredAt, null, null, null, null)); break;
            case LetterBeforeProceedingsSent x:
                Replace(PreProceedings, p => p.Number == x.PreProceedingsNumber, p => p with { LetterSentAt = x.OccurredAt, LastStepAt = Later(p.LastStepAt, x.OccurredAt) });
                break;
            case FamilyGroupConferenceOffered x:
                Replace(PreProceedings, p => p.Number == x.PreProceedingsNumber,
                    p => p with { FamilyGroupConferenceOfferedAt = p.FamilyGroupConferenceOfferedAt ?? x.OccurredAt, LastStepAt = Later(p.LastStepAt, x.OccurredAt) });
                break;
            case PreProceedingsMeetingHeld { IsInitial: true } x:
                Replace(PreProceedings, p => p.Number == x.PreProceedingsNumber, p => p with { InitialMeetingAt = x.OccurredAt, LastStepAt = Later(p.LastStepAt, x.OccurredAt) });
                break;
            case PreProceedingsConcluded x: Replace(PreProceedings, p => p.Number == x.PreProceedingsNumber, p => p with { ConcludedAt = x.OccurredAt }); break;
            case CareProceedingsIssued x: Proceedings.Add(new ProceedingsState(x.ProceedingsNumber, x.OccurredAt, null)); break;
            case FinalOrderMade x: Replace(Proceedings, p => p.Number == x.ProceedingsNumber, p => p with { FinalOrderAt = x.OccurredAt }); break;
            case ChildDetailsRecorded x:
                // The latest details recorded stand.
                DateOfBirth = x.DateOfBirth;
                ExpectedDateOfBirth = x.ExpectedDateOfBirth;
                break;
            case MissingEpisodeStarted x: MissingEpisodes.Add(new MissingState(x.MissingNumber, x.OccurredAt, null)); break;
            case ReturnedFromMissing x: Replace(MissingEpisodes, m => m.Number == x.MissingNumber, m => m with { ReturnedAt = x.OccurredAt }); break;
        }
        FoldForReturns(e);
    }

    private void When(ContactReceived e) => Contacts.Add(new ContactState(e.ContactNumber, e.OccurredAt, null));

    private void When(FrontDoorDecisionMade e) =>
        Replace(Contacts, c => c.Number == e.ContactNumber, c => c with { Decision = e.Outcome, DecidedAt = e.OccurredAt });

    private void When(ReferralAccepted e)
    {
        Referrals.Add(new ReferralState(e.ReferralNumber, e.ContactNumber, e.OccurredAt));
        // A referral dated after the closure opens the case again.
        if (ClosedAt is { } closed && e.OccurredAt >= closed)
        {
            ClosedPeriods.Add(new ClosedPeriod(closed, e.OccurredAt));
            ClosedAt = null;
        }
    }

    private void When(ProtectionCategoryChanged e) =>
        Replace(Plans, p => p.Number == e.PlanNumber, p => p with { Category = e.Category });

    private void When(CaseAllocated e)
    {
        Allocation = new AllocationState(e.Team, e.Worker, e.OccurredAt);
        FirstAllocatedAt ??= e.OccurredAt;
    }

    private void When(AssessmentStarted e) => Assessments.Add(new AssessmentState(e.AssessmentNumber, e.ReferralNumber, e.OccurredAt, null));

    private void When(AssessmentAuthorised e) =>
        Replace(Assessments, a => a.Number == e.AssessmentNumber, a => a with { AuthorisedAt = e.OccurredAt });

    private void When(StrategyDiscussionHeld e) =>
        StrategyDiscussions.Add(new DiscussionState(e.DiscussionNumber, e.OccurredAt, e.InitiatesSection47));

    private void When(Section47Started e) => Enquiries.Add(new EnquiryState(e.EnquiryNumber, e.StrategyDiscussionNumber, e.OccurredAt, null, null));

    private void When(Section47Concluded e) =>
        Replace(Enquiries, q => q.Number == e.EnquiryNumber, q => q with { ConcludedAt = e.OccurredAt, Outcome = e.Outcome });

    private void When(InitialConferenceHeld e) =>
        Conferences.Add(new ConferenceState(e.ConferenceNumber, e.EnquiryNumber, e.OccurredAt, e.PlanRequired));

    private void When(ProtectionPlanStarted e) => Plans.Add(new PlanState(e.PlanNumber, e.OccurredAt, e.Category, null));

    private void When(ProtectionPlanEnded e) =>
        Replace(Plans, p => p.Number == e.PlanNumber, p => p with { EndedAt = e.OccurredAt });

    private static void Replace<T>(List<T> items, Predicate<T> match, Func<T, T> change)
    {
        var index = items.FindIndex(match);
        if (index >= 0) items[index] = change(items[index]);
    }
}

public sealed record ContactState(int Number, DateTimeOffset ReceivedAt, FrontDoorOutcome? Decision, DateTimeOffset? DecidedAt = null,
    DateTimeOffset? OverturnedAt = null);
public sealed record ReferralState(int Number, int ContactNumber, DateTimeOffset AcceptedAt);
public sealed record AllocationState(string Team, string Worker, DateTimeOffset AllocatedAt, string? WorkerRegistration = null, string? WorkerChangeReason = null);
public sealed record AssessmentState(int Number, int ReferralNumber, DateTimeOffset StartedAt, DateTimeOffset? AuthorisedAt, DateTimeOffset? CompletedAt = null);
public sealed record DiscussionState(int Number, DateTimeOffset HeldAt, bool InitiatesSection47);
public sealed record EnquiryState(int Number, int StrategyDiscussionNumber, DateTimeOffset StartedAt, DateTimeOffset? ConcludedAt, Section47Outcome? Outcome);
public sealed record ConferenceState(int Number, int EnquiryNumber, DateTimeOffset HeldAt, bool PlanRequired);
public sealed record PlanState(int Number, DateTimeOffset StartedAt, string Category, DateTimeOffset? EndedAt);
public sealed record ChildInNeedPlanState(int Number, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);
/// <summary>
/// A period of care: its current legal status and since when, its last placement, and the latest
/// other step recorded within it (leaving care cannot be dated before any of them).
/// </summary>
public sealed record CareEpisodeState(int Number, DateTimeOffset EnteredAt, string LegalStatus, DateTimeOffset? LeftAt,
    DateTimeOffset? LastPlacementStartedAt, bool InitialHealthAssessmentDone, DateTimeOffset LegalStatusSince, DateTimeOffset LastStepAt,
    DateTimeOffset? CareOrderDischargedAt = null, CareEntryState? Entry = null, string? ReasonCeased = null);
public sealed record EarlyHelpState(int Number, DateTimeOffset StartedAt, DateTimeOffset? ClosedAt, DateTimeOffset? LastStepAt = null,
    string? Organisation = null, DateTimeOffset? PlanAgreedAt = null);
public sealed record PreProceedingsState(int Number, DateTimeOffset EnteredAt, DateTimeOffset? LetterSentAt, DateTimeOffset? FamilyGroupConferenceOfferedAt,
    DateTimeOffset? InitialMeetingAt, DateTimeOffset? ConcludedAt, DateTimeOffset? LastStepAt = null)
{
    public bool LetterSent => LetterSentAt is not null;
}
public sealed record ProceedingsState(int Number, DateTimeOffset IssuedAt, DateTimeOffset? FinalOrderAt, DateTimeOffset? LastStepAt = null);
public sealed record ClosedPeriod(DateTimeOffset From, DateTimeOffset To);
public sealed record MissingState(int Number, DateTimeOffset StartedAt, DateTimeOffset? ReturnedAt, string? MissingOrAway = null);
