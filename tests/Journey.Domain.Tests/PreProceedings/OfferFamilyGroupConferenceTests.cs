using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class OfferFamilyGroupConferenceTests
{
    private static readonly DateTimeOffset OfferedAt = PloFrom.AddDays(3);

    private static ChildJourney InPreProceedings() => JourneyBuilder.Child().InPreProceedings().Journey;

    [Fact]
    public void Offers_a_family_group_conference_in_the_open_pre_proceedings() =>
        Given(InPreProceedings()).When(new OfferFamilyGroupConference(OfferedAt)).ShouldAppend(new FamilyGroupConferenceOffered(1, OfferedAt));

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

    [Fact]
    public void When_it_was_offered_is_required() =>
        Given(InPreProceedings()).When(new OfferFamilyGroupConference(null)).ShouldBeRefusedWith(("offeredAt", "required"));

    [Fact]
    public void Cannot_be_offered_in_the_future_beyond_the_clock_skew()
    {
        Given(InPreProceedings()).When(new OfferFamilyGroupConference(JustInsideSkew)).ShouldAppend(new FamilyGroupConferenceOffered(1, JustInsideSkew));
        Given(InPreProceedings()).When(new OfferFamilyGroupConference(JustOutsideSkew)).ShouldBeRefusedWith(("offeredAt", "not-in-future"));
    }

    [Fact]
    public void Needs_open_pre_proceedings()
    {
        Given(JourneyBuilder.Child().Referred().Journey).When(new OfferFamilyGroupConference(OfferedAt))
            .ShouldBeRefusedWith(("offeredAt", "needs-open-pre-proceedings"));
        Given(JourneyBuilder.Child().AfterPreProceedings().Journey).When(new OfferFamilyGroupConference(Day1.AddDays(40)))
            .ShouldBeRefusedWith(("offeredAt", "needs-open-pre-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_pre_proceedings_began()
    {
        Given(InPreProceedings()).When(new OfferFamilyGroupConference(PloFrom)).ShouldAppend(new FamilyGroupConferenceOffered(1, PloFrom));
        Given(InPreProceedings()).When(new OfferFamilyGroupConference(PloFrom - Tick)).ShouldBeRefusedWith(("offeredAt", "within-pre-proceedings"));
    }
}
