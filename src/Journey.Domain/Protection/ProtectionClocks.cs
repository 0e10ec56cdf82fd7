using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Domain.Protection;

/// <summary>
/// Protection's clocks (decision 116). The initial conference is due from the enquiry's start (the initiating
/// strategy discussion) and, seen the other way, from the last discussion held for the enquiry before it (the
/// secondary clock, worked out again after every step that can move it); a protection plan owes a first core group
/// and a first review conference.
/// </summary>
public static class ProtectionClocks
{
    /// <summary>Initial child protection conference within 15 working days of the initiating strategy discussion.</summary>
    public const string InitialConference = "initial-conference";

    /// <summary>
    /// The initial conference counted from the last strategy discussion held for the enquiry before
    /// it (the secondary view; the primary counts from the initiating discussion).
    /// </summary>
    public const string InitialConferenceFromLastDiscussion = "initial-conference-from-last-discussion";

    /// <summary>First core group within 10 working days of the initial conference that started the plan.</summary>
    public const string FirstCoreGroup = "first-core-group";

    /// <summary>First review conference within 3 months of the initial conference that started the plan.</summary>
    public const string FirstReviewConference = "first-review-conference";

    /// <summary>The last change of each step that can move the secondary clock: it follows the primary clock's row once that has moved.</summary>
    private static readonly RecountFromLastDiscussion Recount = new(InitialConferenceFromLastDiscussion);

    public static readonly CapabilityClocks Declaration = new([InitialConference, FirstCoreGroup, FirstReviewConference, InitialConferenceFromLastDiscussion],
    [
        EventClocks.On<StrategyDiscussionHeld>(discussion =>
        [
            new NoteDiscussion(InitialConferenceFromLastDiscussion, discussion.DiscussionNumber, discussion.OccurredAt, discussion.InitiatesSection47),
            Recount,
        ]),
        // The conference clock runs from the initiating strategy discussion, which is the enquiry's start.
        EventClocks.On<Section47Started>(enquiry => [new StartClock(InitialConference, enquiry.EnquiryNumber, enquiry.OccurredAt), Recount]),
        // Only an enquiry that asks for a conference leaves one due.
        EventClocks.On<Section47Concluded>(concluded =>
        [
            concluded.Outcome == Section47Outcome.InitialConference
                ? new DueAgain(InitialConference, concluded.EnquiryNumber)
                : new NotDueFrom(InitialConference, concluded.EnquiryNumber, concluded.OccurredAt),
            Recount,
        ]),
        EventClocks.On<InitialConferenceHeld>(conference => [new StopClock(InitialConference, conference.EnquiryNumber, conference.OccurredAt), Recount]),
        EventClocks.On<ProtectionPlanStarted>(plan =>
        [
            new StartClock(FirstCoreGroup, plan.PlanNumber, plan.OccurredAt),
            new StartClock(FirstReviewConference, plan.PlanNumber, plan.OccurredAt),
        ]),
        EventClocks.On<CoreGroupHeld>(coreGroup => [new StopClock(FirstCoreGroup, coreGroup.PlanNumber, coreGroup.OccurredAt)]),
        EventClocks.On<ReviewConferenceHeld>(review => [new StopClock(FirstReviewConference, review.PlanNumber, review.OccurredAt)]),
        // A plan that ends owes no first core group or review it had not yet had.
        EventClocks.On<ProtectionPlanEnded>(ended =>
        [
            new NotDueFrom(FirstCoreGroup, ended.PlanNumber, ended.OccurredAt),
            new NotDueFrom(FirstReviewConference, ended.PlanNumber, ended.OccurredAt),
        ]),
    ]);
}
