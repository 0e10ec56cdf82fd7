using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Proceedings;

public sealed class HoldCourtHearingTests
{
    private const string Hearing = "Case management hearing";
    private static readonly DateTimeOffset HeldAt = IssuedFrom.AddDays(10);

    private static ChildJourney InProceedings() => JourneyBuilder.Child().InProceedings().Journey;

    [Fact]
    public void Holds_a_hearing_in_the_proceedings_under_way() =>
        new HoldCourtHearing(HeldAt, Hearing).Decide(InProceedings(), Now).ShouldAppend(new CourtHearingHeld(1, HeldAt, Hearing));

    [Fact]
    public void Belongs_to_the_second_set_when_that_is_under_way()
    {
        var journey = JourneyBuilder.Child().AfterProceedings().ProceedingsIssued(Day1.AddDays(70)).Journey;

        new HoldCourtHearing(Day1.AddDays(75), Hearing).Decide(journey, Now).ShouldAppend(new CourtHearingHeld(2, Day1.AddDays(75), Hearing));
    }

    [Fact]
    public void When_it_was_held_is_required() =>
        new HoldCourtHearing(null, Hearing).Decide(InProceedings(), Now).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Cannot_be_held_in_the_future_beyond_the_clock_skew()
    {
        new HoldCourtHearing(JustInsideSkew, Hearing).Decide(InProceedings(), Now).ShouldAppend(new CourtHearingHeld(1, JustInsideSkew, Hearing));
        new HoldCourtHearing(JustOutsideSkew, Hearing).Decide(InProceedings(), Now).ShouldBeRefusedWith(("heldAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_hearing_is_required(string? hearing) =>
        new HoldCourtHearing(HeldAt, hearing).Decide(InProceedings(), Now).ShouldBeRefusedWith(("hearing", "required"));

    [Fact]
    public void The_hearing_is_at_most_200_characters()
    {
        new HoldCourtHearing(HeldAt, new string('h', 200)).Decide(InProceedings(), Now).ShouldBeAccepted();
        new HoldCourtHearing(HeldAt, new string('h', 201)).Decide(InProceedings(), Now).ShouldBeRefusedWith(("hearing", "max-length"));
    }

    [Fact]
    public void Needs_proceedings_under_way()
    {
        new HoldCourtHearing(HeldAt, Hearing).Decide(JourneyBuilder.Child().Contact(Day1).Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "needs-open-proceedings"));
        new HoldCourtHearing(Day1.AddDays(70), Hearing).Decide(JourneyBuilder.Child().AfterProceedings().Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "needs-open-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_proceedings_were_issued()
    {
        new HoldCourtHearing(IssuedFrom, Hearing).Decide(InProceedings(), Now).ShouldAppend(new CourtHearingHeld(1, IssuedFrom, Hearing));
        new HoldCourtHearing(IssuedFrom - Tick, Hearing).Decide(InProceedings(), Now).ShouldBeRefusedWith(("heldAt", "within-the-proceedings"));
    }
}
