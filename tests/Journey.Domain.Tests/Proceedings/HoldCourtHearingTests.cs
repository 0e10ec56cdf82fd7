using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.Proceedings;

public sealed class HoldCourtHearingTests : EpisodeStepTests
{
    private const string Hearing = "Case management hearing";
    private static readonly DateTimeOffset HeldAt = IssuedFrom.AddDays(10);

    protected override Episode Episode => ProceedingsEpisode;
    protected override string Field => "heldAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new HoldCourtHearing(at, Hearing);
    protected override IJourneyEvent Appended(int proceedings, DateTimeOffset at) => new CourtHearingHeld(proceedings, at, Hearing);
    protected override DateTimeOffset UsualAt => HeldAt;

    [Fact]
    public void Holds_a_hearing_in_the_proceedings_under_way() =>
        Given(Episode.Open()).When(new HoldCourtHearing(HeldAt, Hearing)).ShouldAppend(new CourtHearingHeld(1, HeldAt, Hearing));

    [Fact]
    public void Belongs_to_the_second_set_when_that_is_under_way()
    {
        var journey = JourneyBuilder.Child().AfterProceedings().ProceedingsIssued(Day1.AddDays(70)).Journey;

        Given(journey).When(new HoldCourtHearing(Day1.AddDays(75), Hearing)).ShouldAppend(new CourtHearingHeld(2, Day1.AddDays(75), Hearing));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_hearing_is_required(string? hearing) =>
        Given(Episode.Open()).When(new HoldCourtHearing(HeldAt, hearing)).ShouldBeRefusedWith(("hearing", "required"));

    [Fact]
    public void The_hearing_is_at_most_200_characters()
    {
        Given(Episode.Open()).When(new HoldCourtHearing(HeldAt, new string('h', 200))).ShouldBeAccepted();
        Given(Episode.Open()).When(new HoldCourtHearing(HeldAt, new string('h', 201))).ShouldBeRefusedWith(("hearing", "max-length"));
    }

}
