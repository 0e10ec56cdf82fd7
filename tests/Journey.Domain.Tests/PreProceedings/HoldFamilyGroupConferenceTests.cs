using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class HoldFamilyGroupConferenceTests
{
    private static readonly DateTimeOffset OfferedAt = PloFrom.AddDays(3);
    private static readonly DateTimeOffset HeldAt = PloFrom.AddDays(8);

    private static ChildJourney Offered() => JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(OfferedAt).Journey;

    [Fact]
    public void Holds_the_offered_conference() =>
        Given(Offered()).When(new HoldFamilyGroupConference(HeldAt)).ShouldAppend(new FamilyGroupConferenceHeld(1, HeldAt));

    [Fact]
    public void When_it_was_held_is_required() =>
        Given(Offered()).When(new HoldFamilyGroupConference(null)).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Cannot_be_held_in_the_future_beyond_the_clock_skew()
    {
        Given(Offered()).When(new HoldFamilyGroupConference(JustInsideSkew)).ShouldAppend(new FamilyGroupConferenceHeld(1, JustInsideSkew));
        Given(Offered()).When(new HoldFamilyGroupConference(JustOutsideSkew)).ShouldBeRefusedWith(("heldAt", "not-in-future"));
    }

    [Fact]
    public void Needs_open_pre_proceedings()
    {
        Given(JourneyBuilder.Child().Referred().Journey).When(new HoldFamilyGroupConference(HeldAt))
            .ShouldBeRefusedWith(("heldAt", "needs-open-pre-proceedings"));
        var concluded = JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(OfferedAt).PreProceedingsEnded(PloUntil).Journey;
        Given(concluded).When(new HoldFamilyGroupConference(Day1.AddDays(40))).ShouldBeRefusedWith(("heldAt", "needs-open-pre-proceedings"));
    }

    [Fact]
    public void Needs_the_offer_first() =>
        Given(JourneyBuilder.Child().InPreProceedings().Journey).When(new HoldFamilyGroupConference(HeldAt))
            .ShouldBeRefusedWith(("heldAt", "conference-needs-offer"));

    [Fact]
    public void An_offer_in_earlier_pre_proceedings_does_not_count()
    {
        var journey = JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(OfferedAt).PreProceedingsEnded(PloUntil)
            .PreProceedingsBegan(Day1.AddDays(40)).Journey;

        Given(journey).When(new HoldFamilyGroupConference(Day1.AddDays(45))).ShouldBeRefusedWith(("heldAt", "conference-needs-offer"));
    }

    [Fact]
    public void Cannot_be_held_before_it_was_offered()
    {
        Given(Offered()).When(new HoldFamilyGroupConference(OfferedAt)).ShouldAppend(new FamilyGroupConferenceHeld(1, OfferedAt));
        Given(Offered()).When(new HoldFamilyGroupConference(OfferedAt - Tick)).ShouldBeRefusedWith(("heldAt", "held-after-offer"));
    }

    [Fact]
    public void Cannot_be_dated_before_pre_proceedings_began()
    {
        // Offered the instant pre-proceedings began, so only the pre-proceedings' start is at stake.
        var journey = JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(PloFrom).Journey;

        Given(journey).When(new HoldFamilyGroupConference(PloFrom)).ShouldAppend(new FamilyGroupConferenceHeld(1, PloFrom));
        Given(journey).When(new HoldFamilyGroupConference(PloFrom - Tick))
            .ShouldBeRefusedWith(("heldAt", "within-pre-proceedings"), ("heldAt", "held-after-offer"));
    }
}
