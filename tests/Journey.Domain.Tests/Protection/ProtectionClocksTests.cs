using Journey.Domain.Protection;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Scenarios.ClockScenario;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

/// <summary>Protection's clocks (decision 116): given a step, when it is recorded, corrected or withdrawn, then these clock changes.</summary>
public sealed class ProtectionClocksTests
{
    private const string Primary = ProtectionClocks.InitialConference;
    private const string Secondary = ProtectionClocks.InitialConferenceFromLastDiscussion;
    private static readonly StrategyDiscussionHeld Discussion = new(2, Day1.AddDays(1), false, "Further discussion");
    private static readonly Section47Started Enquiry = new(1, 1, Day1);
    private static readonly InitialConferenceHeld Conference = new(1, 1, Day1.AddDays(14), true, "N");
    private static readonly ProtectionPlanStarted Plan = new(1, 1, Day1.AddDays(14), "N");
    private static readonly ProtectionPlanEnded PlanEnded = new(1, Day1.AddDays(40), "No longer at risk");

    [Fact]
    public void A_strategy_discussion_is_noted_for_the_secondary_clock_which_is_then_worked_out_again() =>
        GivenStep(Discussion).WhenRecorded().ShouldChangeClocks(
            new NoteDiscussion(Secondary, 2, Discussion.OccurredAt, false),
            new RecountFromLastDiscussion(Secondary));

    [Fact]
    public void A_corrected_discussion_is_noted_as_corrected_and_a_withdrawn_one_forgotten_each_followed_by_the_secondary_clock()
    {
        GivenStep(Discussion).WhenCorrectedTo(Discussion with { OccurredAt = Day1.AddDays(2) }).ShouldChangeClocks(
            new NoteDiscussion(Secondary, 2, Day1.AddDays(2), false),
            new RecountFromLastDiscussion(Secondary));
        GivenStep(Discussion).WhenWithdrawn().ShouldChangeClocks(new ForgetDiscussion(Secondary), new RecountFromLastDiscussion(Secondary));
    }

    [Fact]
    public void An_enquiry_starts_the_conference_clock_from_its_start_the_initiating_discussion() =>
        GivenStep(Enquiry).WhenRecorded().ShouldChangeClocks(new StartClock(Primary, 1, Day1), new RecountFromLastDiscussion(Secondary));

    [Fact]
    public void Withdrawing_an_enquiry_removes_its_conference_clock() =>
        GivenStep(Enquiry).WhenWithdrawn().ShouldChangeClocks(new RemoveClock(Primary, 1), new RecountFromLastDiscussion(Secondary));

    [Fact]
    public void An_enquiry_concluded_without_asking_for_a_conference_owes_none_from_its_conclusion()
    {
        var concluded = new Section47Concluded(1, Day1.AddDays(5), Section47Outcome.ChildInNeed);

        GivenStep(concluded).WhenRecorded().ShouldChangeClocks(new NotDueFrom(Primary, 1, concluded.OccurredAt), new RecountFromLastDiscussion(Secondary));
    }

    [Fact]
    public void An_enquiry_concluded_asking_for_a_conference_leaves_it_due_and_so_does_withdrawing_either_conclusion()
    {
        var asking = new Section47Concluded(1, Day1.AddDays(5), Section47Outcome.InitialConference);
        var notAsking = asking with { Outcome = Section47Outcome.NoFurtherAction };

        GivenStep(asking).WhenRecorded().ShouldChangeClocks(new DueAgain(Primary, 1), new RecountFromLastDiscussion(Secondary));
        GivenStep(asking).WhenWithdrawn().ShouldChangeClocks(new DueAgain(Primary, 1), new RecountFromLastDiscussion(Secondary));
        GivenStep(notAsking).WhenWithdrawn().ShouldChangeClocks(new DueAgain(Primary, 1), new RecountFromLastDiscussion(Secondary));
    }

    [Fact]
    public void The_conference_stops_its_enquiry_clock_and_its_withdrawal_reopens_it()
    {
        GivenStep(Conference).WhenRecorded().ShouldChangeClocks(new StopClock(Primary, 1, Conference.OccurredAt), new RecountFromLastDiscussion(Secondary));
        GivenStep(Conference).WhenWithdrawn().ShouldChangeClocks(new ReopenClock(Primary, 1), new RecountFromLastDiscussion(Secondary));
    }

    [Fact]
    public void A_plan_starts_its_first_core_group_and_first_review_clocks_and_its_withdrawal_removes_them()
    {
        GivenStep(Plan).WhenRecorded().ShouldChangeClocks(
            new StartClock(ProtectionClocks.FirstCoreGroup, 1, Plan.OccurredAt),
            new StartClock(ProtectionClocks.FirstReviewConference, 1, Plan.OccurredAt));
        GivenStep(Plan).WhenWithdrawn().ShouldChangeClocks(
            new RemoveClock(ProtectionClocks.FirstCoreGroup, 1),
            new RemoveClock(ProtectionClocks.FirstReviewConference, 1));
    }

    [Fact]
    public void A_core_group_and_a_review_conference_each_stop_their_own_clock_of_the_plan()
    {
        GivenStep(new CoreGroupHeld(1, Day1.AddDays(20))).WhenRecorded()
            .ShouldChangeClocks(new StopClock(ProtectionClocks.FirstCoreGroup, 1, Day1.AddDays(20)));
        GivenStep(new ReviewConferenceHeld(1, Day1.AddDays(90), true)).WhenRecorded()
            .ShouldChangeClocks(new StopClock(ProtectionClocks.FirstReviewConference, 1, Day1.AddDays(90)));
    }

    [Fact]
    public void An_ended_plan_owes_no_first_core_group_or_review_from_its_end_until_the_end_is_withdrawn()
    {
        GivenStep(PlanEnded).WhenRecorded().ShouldChangeClocks(
            new NotDueFrom(ProtectionClocks.FirstCoreGroup, 1, PlanEnded.OccurredAt),
            new NotDueFrom(ProtectionClocks.FirstReviewConference, 1, PlanEnded.OccurredAt));
        GivenStep(PlanEnded).WhenWithdrawn().ShouldChangeClocks(
            new DueAgain(ProtectionClocks.FirstCoreGroup, 1),
            new DueAgain(ProtectionClocks.FirstReviewConference, 1));
    }

    [Fact]
    public void A_scheduled_conference_moves_no_clock() =>
        GivenStep(new InitialConferenceScheduled(1, Day1.AddDays(2), Day1.AddDays(14), null)).WhenRecorded().ShouldChangeNoClock();
}
