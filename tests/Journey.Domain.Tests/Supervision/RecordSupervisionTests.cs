using Journey.Domain.Journeys;
using Journey.Domain.Supervision;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Supervision;

public sealed class RecordSupervisionTests
{
    private static readonly DateTimeOffset AllocatedAt = Day1.AddDays(1);
    private static readonly DateTimeOffset HeldAt = Day1.AddDays(8);

    private static ChildJourney Allocated() => JourneyBuilder.Child().Referred().Allocated(AllocatedAt).Journey;

    [Fact]
    public void Records_supervision_of_an_allocated_case() =>
        new RecordSupervision(HeldAt, "Team manager").Decide(Allocated(), Now).ShouldAppend(new SupervisionHeld(HeldAt, "Team manager"));

    [Fact]
    public void When_it_was_held_is_required() =>
        new RecordSupervision(null, "Team manager").Decide(Allocated(), Now).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Cannot_be_held_in_the_future_beyond_the_clock_skew()
    {
        new RecordSupervision(JustInsideSkew, "Team manager").Decide(Allocated(), Now)
            .ShouldAppend(new SupervisionHeld(JustInsideSkew, "Team manager"));
        new RecordSupervision(JustOutsideSkew, "Team manager").Decide(Allocated(), Now).ShouldBeRefusedWith(("heldAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_supervisor_is_required(string? supervisor) =>
        new RecordSupervision(HeldAt, supervisor).Decide(Allocated(), Now).ShouldBeRefusedWith(("supervisor", "required"));

    [Fact]
    public void The_supervisor_is_at_most_200_characters()
    {
        new RecordSupervision(HeldAt, new string('s', 200)).Decide(Allocated(), Now).ShouldBeAccepted();
        new RecordSupervision(HeldAt, new string('s', 201)).Decide(Allocated(), Now).ShouldBeRefusedWith(("supervisor", "max-length"));
    }

    [Fact]
    public void Needs_an_allocated_case()
    {
        new RecordSupervision(HeldAt, "Team manager").Decide(JourneyBuilder.Child().Referred().Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "supervision-needs-allocation"));
        new RecordSupervision(HeldAt, "Team manager").Decide(ChildJourney.New("C1"), Now)
            .ShouldBeRefusedWith(("heldAt", "supervision-needs-allocation"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_case_was_allocated()
    {
        new RecordSupervision(AllocatedAt, "Team manager").Decide(Allocated(), Now).ShouldAppend(new SupervisionHeld(AllocatedAt, "Team manager"));
        new RecordSupervision(AllocatedAt - Tick, "Team manager").Decide(Allocated(), Now)
            .ShouldBeRefusedWith(("heldAt", "supervision-after-allocation"));
    }

    [Fact]
    public void Supervision_held_before_a_reallocation_may_still_be_recorded()
    {
        // Allocated on Day1 + 1, moved to another team on Day1 + 20: the case was allocated on Day1 + 10.
        var journey = JourneyBuilder.Child().Referred().Allocated(AllocatedAt).Allocated(Day1.AddDays(20), "Long Term Team B", "K. Patel").Journey;

        new RecordSupervision(Day1.AddDays(10), "Team manager").Decide(journey, Now)
            .ShouldAppend(new SupervisionHeld(Day1.AddDays(10), "Team manager"));
    }

    [Fact]
    public void Not_once_the_case_is_closed()
    {
        var journey = JourneyBuilder.Child().Referred().Allocated(AllocatedAt).Closed(Day1.AddDays(5)).Journey;

        new RecordSupervision(Day1.AddDays(6), "Team manager").Decide(journey, Now).ShouldBeRefusedWith(("heldAt", "case-open"));
    }

    [Fact]
    public void Not_dated_in_a_time_the_case_stood_closed()
    {
        // Closed Day1 + 5; the referral of Day1 + 10 (+2 minutes) opened it again.
        var journey = JourneyBuilder.Child().Referred().Allocated(AllocatedAt).Closed(Day1.AddDays(5)).ReferredAgain(Day1.AddDays(10)).Journey;
        var reopenedAt = Day1.AddDays(10).AddMinutes(2);

        new RecordSupervision(Day1.AddDays(5), "Team manager").Decide(journey, Now).ShouldBeRefusedWith(("heldAt", "case-open"));
        new RecordSupervision(reopenedAt - Tick, "Team manager").Decide(journey, Now).ShouldBeRefusedWith(("heldAt", "case-open"));
        new RecordSupervision(Day1.AddDays(5) - Tick, "Team manager").Decide(journey, Now).ShouldAppend(new SupervisionHeld(Day1.AddDays(5) - Tick, "Team manager"));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        new RecordSupervision(JustOutsideSkew, null).Decide(JourneyBuilder.Child().Referred().Journey, Now).ShouldBeRefusedWith(
            ("heldAt", "not-in-future"), ("supervisor", "required"), ("heldAt", "supervision-needs-allocation"));
}
