using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.Proceedings;

public sealed class HoldCourtHearingTests
{
    private const string Hearing = "Case management hearing";
    private static readonly DateTimeOffset HeldAt = IssuedFrom.AddDays(10);

    private static ChildJourney InProceedings() => JourneyBuilder.Child().InProceedings().Journey;

    [Fact]
    public void Holds_a_hearing_in_the_proceedings_under_way() =>
        Given(InProceedings()).When(new HoldCourtHearing(HeldAt, Hearing)).ShouldAppend(new CourtHearingHeld(1, HeldAt, Hearing));

    [Fact]
    public void Belongs_to_the_second_set_when_that_is_under_way()
    {
        var journey = JourneyBuilder.Child().AfterProceedings().ProceedingsIssued(Day1.AddDays(70)).Journey;

        Given(journey).When(new HoldCourtHearing(Day1.AddDays(75), Hearing)).ShouldAppend(new CourtHearingHeld(2, Day1.AddDays(75), Hearing));
    }

    [Fact]
    public void When_it_was_held_is_required() =>
        Given(InProceedings()).When(new HoldCourtHearing(null, Hearing)).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Cannot_be_held_in_the_future_beyond_the_clock_skew()
    {
        Given(InProceedings()).When(new HoldCourtHearing(JustInsideSkew, Hearing)).ShouldAppend(new CourtHearingHeld(1, JustInsideSkew, Hearing));
        Given(InProceedings()).When(new HoldCourtHearing(JustOutsideSkew, Hearing)).ShouldBeRefusedWith(("heldAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_hearing_is_required(string? hearing) =>
        Given(InProceedings()).When(new HoldCourtHearing(HeldAt, hearing)).ShouldBeRefusedWith(("hearing", "required"));

    [Fact]
    public void The_hearing_is_at_most_200_characters()
    {
        Given(InProceedings()).When(new HoldCourtHearing(HeldAt, new string('h', 200))).ShouldBeAccepted();
        Given(InProceedings()).When(new HoldCourtHearing(HeldAt, new string('h', 201))).ShouldBeRefusedWith(("hearing", "max-length"));
    }

    [Fact]
    public void Needs_proceedings_under_way()
    {
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new HoldCourtHearing(HeldAt, Hearing))
            .ShouldBeRefusedWith(("heldAt", "needs-open-proceedings"));
        Given(JourneyBuilder.Child().AfterProceedings().Journey).When(new HoldCourtHearing(Day1.AddDays(70), Hearing))
            .ShouldBeRefusedWith(("heldAt", "needs-open-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_proceedings_were_issued()
    {
        Given(InProceedings()).When(new HoldCourtHearing(IssuedFrom, Hearing)).ShouldAppend(new CourtHearingHeld(1, IssuedFrom, Hearing));
        Given(InProceedings()).When(new HoldCourtHearing(IssuedFrom - Tick, Hearing)).ShouldBeRefusedWith(("heldAt", "within-the-proceedings"));
    }
}
