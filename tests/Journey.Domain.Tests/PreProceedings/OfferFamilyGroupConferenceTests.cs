using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class OfferFamilyGroupConferenceTests
{
    private static readonly DateTimeOffset OfferedAt = PloFrom.AddDays(3);

    private static ChildJourney InPreProceedings() => JourneyBuilder.Child().InPreProceedings().Journey;

    [Fact]
    public void Offers_a_family_group_conference_in_the_open_pre_proceedings() =>
        new OfferFamilyGroupConference(OfferedAt).Decide(InPreProceedings(), Now).ShouldAppend(new FamilyGroupConferenceOffered(1, OfferedAt));

    [Fact]
    public void The_first_offer_is_the_one_kept()
    {
        var journey = JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(OfferedAt).FamilyConferenceOffered(OfferedAt.AddDays(2)).Journey;

        journey.OpenPreProceedings!.FamilyGroupConferenceOfferedAt.ShouldBe(OfferedAt);
    }

    [Fact]
    public void An_offer_may_be_repeated() =>
        new OfferFamilyGroupConference(OfferedAt.AddDays(2)).Decide(JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(OfferedAt).Journey, Now)
            .ShouldAppend(new FamilyGroupConferenceOffered(1, OfferedAt.AddDays(2)));

    [Fact]
    public void When_it_was_offered_is_required() =>
        new OfferFamilyGroupConference(null).Decide(InPreProceedings(), Now).ShouldBeRefusedWith(("offeredAt", "required"));

    [Fact]
    public void Cannot_be_offered_in_the_future_beyond_the_clock_skew()
    {
        new OfferFamilyGroupConference(JustInsideSkew).Decide(InPreProceedings(), Now).ShouldAppend(new FamilyGroupConferenceOffered(1, JustInsideSkew));
        new OfferFamilyGroupConference(JustOutsideSkew).Decide(InPreProceedings(), Now).ShouldBeRefusedWith(("offeredAt", "not-in-future"));
    }

    [Fact]
    public void Needs_open_pre_proceedings()
    {
        new OfferFamilyGroupConference(OfferedAt).Decide(JourneyBuilder.Child().Referred().Journey, Now)
            .ShouldBeRefusedWith(("offeredAt", "needs-open-pre-proceedings"));
        new OfferFamilyGroupConference(Day1.AddDays(40)).Decide(JourneyBuilder.Child().AfterPreProceedings().Journey, Now)
            .ShouldBeRefusedWith(("offeredAt", "needs-open-pre-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_pre_proceedings_began()
    {
        new OfferFamilyGroupConference(PloFrom).Decide(InPreProceedings(), Now).ShouldAppend(new FamilyGroupConferenceOffered(1, PloFrom));
        new OfferFamilyGroupConference(PloFrom - Tick).Decide(InPreProceedings(), Now).ShouldBeRefusedWith(("offeredAt", "within-pre-proceedings"));
    }
}
