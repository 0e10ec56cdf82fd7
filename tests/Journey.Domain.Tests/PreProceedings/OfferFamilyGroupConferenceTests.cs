using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class OfferFamilyGroupConferenceTests : EpisodeStepTests
{
    private static readonly DateTimeOffset OfferedAt = PloFrom.AddDays(3);

    protected override Episode Episode => PreProceedingsEpisode;
    protected override string Field => "offeredAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new OfferFamilyGroupConference(at);
    protected override IJourneyEvent Appended(int preProceedings, DateTimeOffset at) => new FamilyGroupConferenceOffered(preProceedings, at);
    protected override DateTimeOffset UsualAt => OfferedAt;

    [Fact]
    public void Offers_a_family_group_conference_in_the_open_pre_proceedings() =>
        Given(Episode.Open()).When(new OfferFamilyGroupConference(OfferedAt)).ShouldAppend(new FamilyGroupConferenceOffered(1, OfferedAt));

    [Fact]
    public void The_first_offer_is_the_one_kept()
    {
        var journey = JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(OfferedAt).FamilyConferenceOffered(OfferedAt.AddDays(2)).Journey;

        journey.OpenPreProceedings!.FamilyGroupConferenceOfferedAt.ShouldBe(OfferedAt);
    }

    [Fact]
    public void An_offer_may_be_repeated() =>
        Given(JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(OfferedAt).Journey).When(new OfferFamilyGroupConference(OfferedAt.AddDays(2)))
            .ShouldAppend(new FamilyGroupConferenceOffered(1, OfferedAt.AddDays(2)));

}
