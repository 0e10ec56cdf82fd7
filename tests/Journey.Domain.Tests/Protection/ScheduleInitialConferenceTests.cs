using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class ScheduleInitialConferenceTests
{
    private const string Manager = "CP service manager";
    private static readonly DateTimeOffset ConcludedAt = Day1.AddDays(5);
    private static readonly DateTimeOffset ScheduledAt = Day1.AddDays(6);
    private static readonly DateTimeOffset ScheduledFor = Day1.AddDays(11); // a Friday: a conference is not held at a weekend (CIN census rule 8875)

    /// <summary>Section 47 enquiry 1 concluded on Day1 + 5 asking for an initial conference.</summary>
    private static JourneyBuilder AwaitingConference() => JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference);

    /// <summary>... and the conference scheduled on Day1 + 6 for Day1 + 12.</summary>
    private static ChildJourney Scheduled() => AwaitingConference().ConferenceScheduled(ScheduledAt, ScheduledFor).Journey;

    [Fact]
    public void Schedules_the_conference_for_the_enquiry_awaiting_one() =>
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(ScheduledAt, ScheduledFor))
            .ShouldAppend(new InitialConferenceScheduled(1, ScheduledAt, ScheduledFor, null));

    [Fact]
    public void May_be_scheduled_up_to_a_year_ahead_but_no_further()
    {
        var aYearAhead = ScheduledAt + TimeSpan.FromDays(366);
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(ScheduledAt, aYearAhead))
            .ShouldAppend(new InitialConferenceScheduled(1, ScheduledAt, aYearAhead, null));
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(ScheduledAt, aYearAhead + Tick))
            .ShouldBeRefusedWith(("scheduledFor", "within-a-year"));
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(ScheduledAt, DateTimeOffset.MaxValue))
            .ShouldBeRefusedWith(("scheduledFor", "within-a-year"));
    }

    [Fact]
    public void Scheduling_folds_onto_the_journey() => Scheduled().ConferencesScheduled.Keys.ShouldBe([1]);

    [Fact]
    public void May_be_scheduled_for_a_time_still_to_come()
    {
        var scheduledFor = Now.AddDays(10);

        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(ScheduledAt, scheduledFor))
            .ShouldAppend(new InitialConferenceScheduled(1, ScheduledAt, scheduledFor, null));
    }

    [Fact]
    public void Rescheduling_names_the_manager_who_approved_it() =>
        Given(Scheduled()).When(new ScheduleInitialConference(Day1.AddDays(8), Day1.AddDays(14), Manager))
            .ShouldAppend(new InitialConferenceScheduled(1, Day1.AddDays(8), Day1.AddDays(14), Manager));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Rescheduling_needs_approval(string? approvedBy) =>
        Given(Scheduled()).When(new ScheduleInitialConference(Day1.AddDays(8), Day1.AddDays(14), approvedBy))
            .ShouldBeRefusedWith(("rescheduleApprovedBy", "reschedule-needs-approval"));

    [Fact]
    public void Every_later_rescheduling_needs_approval_too()
    {
        var journey = AwaitingConference().ConferenceScheduled(ScheduledAt, ScheduledFor).ConferenceScheduled(Day1.AddDays(8), Day1.AddDays(14), Manager).Journey;

        Given(journey).When(new ScheduleInitialConference(Day1.AddDays(9), Day1.AddDays(15)))
            .ShouldBeRefusedWith(("rescheduleApprovedBy", "reschedule-needs-approval"));
    }

    [Theory]
    [InlineData(Manager)]
    [InlineData("")]
    [InlineData(" ")]
    public void Approval_is_given_only_when_rescheduling(string approvedBy) =>
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(ScheduledAt, ScheduledFor, approvedBy))
            .ShouldBeRefusedWith(("rescheduleApprovedBy", "approval-only-when-rescheduling"));

    [Fact]
    public void Is_scheduled_for_the_time_it_was_scheduled_or_later()
    {
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(ScheduledAt, ScheduledAt))
            .ShouldAppend(new InitialConferenceScheduled(1, ScheduledAt, ScheduledAt, null));
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(ScheduledAt, ScheduledAt - Tick))
            .ShouldBeRefusedWith(("scheduledFor", "scheduled-ahead"));
    }

    [Fact]
    public void When_it_was_scheduled_is_required() =>
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(null, ScheduledFor)).ShouldBeRefusedWith(("scheduledAt", "required"));

    [Fact]
    public void What_it_is_scheduled_for_is_required() =>
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(ScheduledAt, null)).ShouldBeRefusedWith(("scheduledFor", "required"));

    [Fact]
    public void Cannot_be_scheduled_in_the_future_beyond_the_clock_skew()
    {
        var scheduledFor = Now.AddDays(7);
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(JustInsideSkew, scheduledFor))
            .ShouldAppend(new InitialConferenceScheduled(1, JustInsideSkew, scheduledFor, null));
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(JustOutsideSkew, scheduledFor))
            .ShouldBeRefusedWith(("scheduledAt", "not-in-future"));
    }

    [Fact]
    public void Cannot_be_scheduled_before_the_enquiry_concluded()
    {
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(ConcludedAt, ScheduledFor))
            .ShouldAppend(new InitialConferenceScheduled(1, ConcludedAt, ScheduledFor, null));
        Given(AwaitingConference().Journey).When(new ScheduleInitialConference(ConcludedAt - Tick, ScheduledFor))
            .ShouldBeRefusedWith(("scheduledAt", "scheduled-after-conclusion"));
    }

    [Fact]
    public void Needs_a_section_47_enquiry_asking_for_a_conference()
    {
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new ScheduleInitialConference(ScheduledAt, ScheduledFor))
            .ShouldBeRefusedWith(("scheduledAt", "conference-needs-section-47-asking-for-one"));
        Given(JourneyBuilder.Child().Section47Open().Journey).When(new ScheduleInitialConference(ScheduledAt, ScheduledFor))
            .ShouldBeRefusedWith(("scheduledAt", "conference-needs-section-47-asking-for-one"));
        Given(JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.NoFurtherAction).Journey).When(new ScheduleInitialConference(ScheduledAt, ScheduledFor))
            .ShouldBeRefusedWith(("scheduledAt", "conference-needs-section-47-asking-for-one"));
    }

    [Fact]
    public void Not_once_the_conference_has_been_held() =>
        Given(AwaitingConference().ConferenceScheduled(ScheduledAt, ScheduledFor).InitialConference(ScheduledFor, planRequired: false).Journey)
            .When(new ScheduleInitialConference(Day1.AddDays(13), Day1.AddDays(14)))
            .ShouldBeRefusedWith(("scheduledAt", "conference-needs-section-47-asking-for-one"));

    [Fact]
    public void A_later_enquiry_has_its_own_first_scheduling_without_approval()
    {
        // Enquiry 1's conference was scheduled and held (no plan); enquiry 2 (Day1 + 20) concluded on Day1 + 25 asking for one.
        var journey = AwaitingConference().ConferenceScheduled(ScheduledAt, ScheduledFor).InitialConference(ScheduledFor, planRequired: false)
            .StrategyDiscussion(Day1.AddDays(20), initiatesSection47: true).Section47Concluded(Day1.AddDays(25), Section47Outcome.InitialConference).Journey;

        Given(journey).When(new ScheduleInitialConference(Day1.AddDays(25), Day1.AddDays(32)))
            .ShouldAppend(new InitialConferenceScheduled(2, Day1.AddDays(25), Day1.AddDays(32), null));
        Given(journey).When(new ScheduleInitialConference(Day1.AddDays(25), Day1.AddDays(32), Manager))
            .ShouldBeRefusedWith(("rescheduleApprovedBy", "approval-only-when-rescheduling"));
    }

    [Fact]
    public void A_rescheduling_cannot_be_dated_before_the_scheduling_it_changes()
    {
        // Scheduled on Day1 + 6; a rescheduling on Day1 + 5 (after the enquiry concluded) came before there was anything to reschedule.
        Given(Scheduled()).When(new ScheduleInitialConference(ConcludedAt, Day1.AddDays(14), Manager)).ShouldBeRefusedOn("scheduledAt");
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new ScheduleInitialConference(JustOutsideSkew, null, Manager)).ShouldBeRefusedWith(
            ("scheduledAt", "not-in-future"), ("scheduledFor", "required"), ("scheduledAt", "conference-needs-section-47-asking-for-one"),
            ("rescheduleApprovedBy", "approval-only-when-rescheduling"));
}
