using Journey.Domain.Journeys;
using Journey.Domain.Supervision;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Supervision;

public sealed class RecordSupervisionTests
{
    private static readonly DateTimeOffset AllocatedAt = Day1.AddDays(1);
    private static readonly DateTimeOffset HeldAt = Day1.AddDays(8);

    private static ChildJourney Allocated() => JourneyBuilder.Child().Referred().Allocated(AllocatedAt).Journey;

    [Fact]
    public void Records_supervision_of_an_allocated_case() =>
        Given(Allocated()).When(new RecordSupervision(HeldAt, "Team manager")).ShouldAppend(new SupervisionHeld(HeldAt, "Team manager"));

    [Fact]
    public void When_it_was_held_is_required() =>
        Given(Allocated()).When(new RecordSupervision(null, "Team manager")).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Cannot_be_held_in_the_future_beyond_the_clock_skew()
    {
        Given(Allocated()).When(new RecordSupervision(JustInsideSkew, "Team manager"))
            .ShouldAppend(new SupervisionHeld(JustInsideSkew, "Team manager"));
        Given(Allocated()).When(new RecordSupervision(JustOutsideSkew, "Team manager")).ShouldBeRefusedWith(("heldAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_supervisor_is_required(string? supervisor) =>
        Given(Allocated()).When(new RecordSupervision(HeldAt, supervisor)).ShouldBeRefusedWith(("supervisor", "required"));

    [Fact]
    public void The_supervisor_is_at_most_200_characters()
    {
        Given(Allocated()).When(new RecordSupervision(HeldAt, new string('s', 200))).ShouldBeAccepted();
        Given(Allocated()).When(new RecordSupervision(HeldAt, new string('s', 201))).ShouldBeRefusedWith(("supervisor", "max-length"));
    }

    [Fact]
    public void Needs_an_allocated_case()
    {
        Given(JourneyBuilder.Child().Referred().Journey).When(new RecordSupervision(HeldAt, "Team manager"))
            .ShouldBeRefusedWith(("heldAt", "supervision-needs-allocation"));
        Given(ChildJourney.New("C1")).When(new RecordSupervision(HeldAt, "Team manager"))
            .ShouldBeRefusedWith(("heldAt", "supervision-needs-allocation"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_case_was_allocated()
    {
        Given(Allocated()).When(new RecordSupervision(AllocatedAt, "Team manager")).ShouldAppend(new SupervisionHeld(AllocatedAt, "Team manager"));
        Given(Allocated()).When(new RecordSupervision(AllocatedAt - Tick, "Team manager"))
            .ShouldBeRefusedWith(("heldAt", "supervision-after-allocation"));
    }

    [Fact]
    public void Supervision_held_before_a_reallocation_may_still_be_recorded()
    {
        // Allocated on Day1 + 1, moved to another team on Day1 + 20: the case was allocated on Day1 + 10.
        var journey = JourneyBuilder.Child().Referred().Allocated(AllocatedAt).Allocated(Day1.AddDays(20), "Long Term Team B", "K. Patel").Journey;

        Given(journey).When(new RecordSupervision(Day1.AddDays(10), "Team manager"))
            .ShouldAppend(new SupervisionHeld(Day1.AddDays(10), "Team manager"));
    }

    [Fact]
    public void Not_once_the_case_is_closed()
    {
        var journey = JourneyBuilder.Child().Referred().Allocated(AllocatedAt).Closed(Day1.AddDays(5)).Journey;

        Given(journey).When(new RecordSupervision(Day1.AddDays(6), "Team manager")).ShouldBeRefusedWith(("heldAt", "case-open"));
    }

    [Fact]
    public void Not_dated_in_a_time_the_case_stood_closed()
    {
        // Closed Day1 + 5; the referral of Day1 + 10 (+2 minutes) opened it again.
        var journey = JourneyBuilder.Child().Referred().Allocated(AllocatedAt).Closed(Day1.AddDays(5)).ReferredAgain(Day1.AddDays(10)).Journey;
        var reopenedAt = Day1.AddDays(10).AddMinutes(2);

        Given(journey).When(new RecordSupervision(Day1.AddDays(5), "Team manager")).ShouldBeRefusedWith(("heldAt", "case-open"));
        Given(journey).When(new RecordSupervision(reopenedAt - Tick, "Team manager")).ShouldBeRefusedWith(("heldAt", "case-open"));
        Given(journey).When(new RecordSupervision(Day1.AddDays(5) - Tick, "Team manager")).ShouldAppend(new SupervisionHeld(Day1.AddDays(5) - Tick, "Team manager"));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(JourneyBuilder.Child().Referred().Journey).When(new RecordSupervision(JustOutsideSkew, null)).ShouldBeRefusedWith(
            ("heldAt", "not-in-future"), ("supervisor", "required"), ("heldAt", "supervision-needs-allocation"));
}
