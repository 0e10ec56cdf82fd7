using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class ConcludeSection47Tests
{
    private static readonly DateTimeOffset StartedAt = Day1.AddDays(1);
    private static readonly DateTimeOffset ConcludedAt = Day1.AddDays(5);

    private static ChildJourney Open() => JourneyBuilder.Child().Section47Open().Journey; // enquiry 1 started Day1 + 1 day

    [Theory]
    [InlineData(Section47Outcome.InitialConference)]
    [InlineData(Section47Outcome.ChildInNeed)]
    [InlineData(Section47Outcome.NoFurtherAction)]
    public void Concludes_the_open_enquiry_with_its_outcome(Section47Outcome outcome) =>
        Given(Open()).When(new ConcludeSection47(ConcludedAt, outcome))
            .ShouldAppend(new Section47Concluded(1, ConcludedAt, outcome));

    [Fact]
    public void Concluding_closes_the_enquiry()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.ChildInNeed).Journey;

        journey.OpenEnquiry.ShouldBeNull();
        journey.Enquiries.ShouldBe([new EnquiryState(1, 1, StartedAt, ConcludedAt, Section47Outcome.ChildInNeed)]);
    }

    [Fact]
    public void Concludes_the_second_enquiry_once_the_first_is_closed()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.NoFurtherAction)
            .StrategyDiscussion(Day1.AddDays(20), true).Journey;

        var at = Day1.AddDays(25);
        Given(journey).When(new ConcludeSection47(at, Section47Outcome.ChildInNeed))
            .ShouldAppend(new Section47Concluded(2, at, Section47Outcome.ChildInNeed));
    }

    [Fact]
    public void Needs_an_open_enquiry() =>
        Given(JourneyBuilder.Child().Contact(Day1).StrategyDiscussion(Day1.AddDays(1), false).Journey).When(new ConcludeSection47(ConcludedAt, Section47Outcome.ChildInNeed))
            .ShouldBeRefusedWith(("concludedAt", "conclude-open-section-47"));

    [Fact]
    public void Cannot_conclude_an_enquiry_twice()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.ChildInNeed).Journey;

        Given(journey).When(new ConcludeSection47(ConcludedAt.AddDays(1), Section47Outcome.InitialConference))
            .ShouldBeRefusedWith(("concludedAt", "conclude-open-section-47"));
    }

    [Fact]
    public void Cannot_conclude_before_it_started()
    {
        Given(Open()).When(new ConcludeSection47(StartedAt, Section47Outcome.NoFurtherAction)).ShouldBeAccepted();
        Given(Open()).When(new ConcludeSection47(StartedAt - Tick, Section47Outcome.NoFurtherAction))
            .ShouldBeRefusedWith(("concludedAt", "concluded-after-start"));
    }

    [Fact]
    public void Concluded_just_inside_the_clock_skew_allowance() =>
        Given(Open()).When(new ConcludeSection47(JustInsideSkew, Section47Outcome.ChildInNeed)).ShouldBeAccepted();

    [Fact]
    public void Concluded_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(Open()).When(new ConcludeSection47(JustOutsideSkew, Section47Outcome.ChildInNeed))
            .ShouldBeRefusedWith(("concludedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(ChildJourney.New("C1")).When(new ConcludeSection47(null, null)).ShouldBeRefusedWith(
            ("concludedAt", "required"),
            ("outcome", "required"),
            ("concludedAt", "conclude-open-section-47"));
        Given(Open()).When(new ConcludeSection47(StartedAt - Tick, null)).ShouldBeRefusedWith(
            ("outcome", "required"),
            ("concludedAt", "concluded-after-start"));
    }
}
