using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;

namespace Journey.Domain.Corrections;

/// <summary>
/// How facts hang together: which fact owns an episode number that later facts refer to, and
/// which facts were appended as the companion of another (a section 47 started by its discussion,
/// a plan started by its conference) and so are corrected and withdrawn with it, never alone.
/// </summary>
public static class EpisodeLinks
{
    /// <summary>Owner type, the number it owns, and the name other facts refer to it by.</summary>
    private static readonly Dictionary<Type, (Func<IJourneyEvent, int> Own, string ReferredToAs)> Owners = new()
    {
        [typeof(ContactReceived)] = (e => ((ContactReceived)e).ContactNumber, nameof(ContactReceived.ContactNumber)),
        [typeof(ReferralAccepted)] = (e => ((ReferralAccepted)e).ReferralNumber, nameof(ReferralAccepted.ReferralNumber)),
        [typeof(AssessmentStarted)] = (e => ((AssessmentStarted)e).AssessmentNumber, nameof(AssessmentStarted.AssessmentNumber)),
        [typeof(StrategyDiscussionHeld)] = (e => ((StrategyDiscussionHeld)e).DiscussionNumber, nameof(Section47Started.StrategyDiscussionNumber)),
        [typeof(Section47Started)] = (e => ((Section47Started)e).EnquiryNumber, nameof(Section47Started.EnquiryNumber)),
        [typeof(InitialConferenceHeld)] = (e => ((InitialConferenceHeld)e).ConferenceNumber, nameof(InitialConferenceHeld.ConferenceNumber)),
        [typeof(ProtectionPlanStarted)] = (e => ((ProtectionPlanStarted)e).PlanNumber, nameof(ProtectionPlanStarted.PlanNumber)),
        [typeof(ProtectionPlanTransferredIn)] = (e => ((ProtectionPlanTransferredIn)e).PlanNumber, nameof(ProtectionPlanTransferredIn.PlanNumber)),
        [typeof(ChildInNeed.ChildInNeedPlanStarted)] = (e => ((ChildInNeed.ChildInNeedPlanStarted)e).ChildInNeedPlanNumber,
            nameof(ChildInNeed.ChildInNeedPlanStarted.ChildInNeedPlanNumber)),
        [typeof(LookedAfter.EnteredCare)] = (e => ((LookedAfter.EnteredCare)e).CareEpisodeNumber, nameof(LookedAfter.EnteredCare.CareEpisodeNumber)),
        [typeof(EarlyHelp.EarlyHelpStarted)] = (e => ((EarlyHelp.EarlyHelpStarted)e).EarlyHelpNumber, nameof(EarlyHelp.EarlyHelpStarted.EarlyHelpNumber)),
        [typeof(PreProceedings.PreProceedingsEntered)] = (e => ((PreProceedings.PreProceedingsEntered)e).PreProceedingsNumber,
            nameof(PreProceedings.PreProceedingsEntered.PreProceedingsNumber)),
        [typeof(Proceedings.CareProceedingsIssued)] = (e => ((Proceedings.CareProceedingsIssued)e).ProceedingsNumber,
            nameof(Proceedings.CareProceedingsIssued.ProceedingsNumber)),
        [typeof(Missing.MissingEpisodeStarted)] = (e => ((Missing.MissingEpisodeStarted)e).MissingNumber, nameof(Missing.MissingEpisodeStarted.MissingNumber)),
    };

    /// <summary>
    /// Steps that rest on another step without carrying a number it owns: a referral rests on the
    /// decision to refer its contact, a conference on the conclusion that asked for it.
    /// </summary>
    private static readonly (Type Step, Type RestingOnIt, string SharedNumber)[] RestsOn =
    [
        (typeof(FrontDoorDecisionMade), typeof(ReferralAccepted), nameof(FrontDoorDecisionMade.ContactNumber)),
        (typeof(FrontDoorDecisionMade), typeof(FrontDoorDecisionChallenged), nameof(FrontDoorDecisionMade.ContactNumber)),
        (typeof(Section47Concluded), typeof(InitialConferenceHeld), nameof(Section47Concluded.EnquiryNumber)),
    ];

    /// <summary>Facts only ever appended alongside another; they change only with it.</summary>
    public static bool IsCompanion(IJourneyEvent e) => e is Section47Started or ProtectionPlanStarted;

    /// <summary>The effective companion appended with <paramref name="fact"/>, if any.</summary>
    public static RecordedFact? CompanionOf(ChildJourney journey, IJourneyEvent fact) => fact switch
    {
        StrategyDiscussionHeld d => journey.Facts.FirstOrDefault(f => f.IsEffective && f.Event is Section47Started s && s.StrategyDiscussionNumber == d.DiscussionNumber),
        InitialConferenceHeld c => journey.Facts.FirstOrDefault(f => f.IsEffective && f.Event is ProtectionPlanStarted p && p.ConferenceNumber == c.ConferenceNumber),
        _ => null,
    };

    /// <summary>Effective facts that refer to the episode <paramref name="owner"/> owns.</summary>
    public static IEnumerable<RecordedFact> DependentsOf(ChildJourney journey, RecordedFact owner)
    {
        var resting = RestsOn.Where(r => r.Step == owner.Event.GetType()).SelectMany(r =>
            journey.Facts.Where(f => f.IsEffective && f.Event.GetType() == r.RestingOnIt
                                     && NumberNamed(f.Event, r.SharedNumber) == NumberNamed(owner.Event, r.SharedNumber)));
        if (!Owners.TryGetValue(owner.Event.GetType(), out var link)) return resting.ToArray();
        var number = link.Own(owner.Event);
        return journey.Facts.Where(f => f.IsEffective && f.Version != owner.Version && f.Event.GetType() != owner.Event.GetType()
                                        && NumberNamed(f.Event, link.ReferredToAs) == number).Concat(resting).ToArray();
    }

    /// <summary>The episode numbers a fact carries, by property name; a correction may not change them.</summary>
    public static IReadOnlyDictionary<string, int> NumbersOf(IJourneyEvent e) =>
        e.GetType().GetProperties().Where(p => p.PropertyType == typeof(int) && p.Name.EndsWith("Number", StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => (int)p.GetValue(e)!);

    private static int? NumberNamed(IJourneyEvent e, string name) =>
        NumbersOf(e).TryGetValue(name, out var n) ? n : null;
}
