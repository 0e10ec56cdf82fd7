using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class HoldFamilyGroupConferenceTests
{
    private static readonly DateTimeOffset OfferedAt = PloFrom.AddDays(3);
    private static readonly DateTimeOffset HeldAt = PloFrom.AddDays(8);

    private static ChildJourney Offered() => JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(OfferedAt).Journey;

    [Fact]
    public void Holds_the_offered_conference() =>
        new HoldFamilyGroupConference(HeldAt).Decide(Offered(), Now).ShouldAppend(new FamilyGroupConferenceHeld(1, HeldAt));

    [Fact]
    public void When_it_was_held_is_required() =>
        new HoldFamilyGroupConference(null).Decide(Offered(), Now).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Cannot_be_held_in_the_future_beyond_the_clock_skew()
    {
        new HoldFamilyGroupConference(JustInsideSkew).Decide(Offered(), Now).ShouldAppend(new FamilyGroupConferenceHeld(1, JustInsideSkew));
        new HoldFamilyGroupConference(JustOutsideSkew).Decide(Offered(), Now).ShouldBeRefusedWith(("heldAt", "not-in-future"));
    }

    [Fact]
    public void Needs_open_pre_proceedings()
    {
        new HoldFamilyGroupConference(HeldAt).Decide(JourneyBuilder.Child().Referred().Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "needs-open-pre-proceedings"));
        var concluded = JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(OfferedAt).PreProceedingsEnded(PloUntil).Journey;
        new HoldFamilyGroupConference(Day1.AddDays(40)).Decide(concluded, Now).ShouldBeRefusedWith(("heldAt", "needs-open-pre-proceedings"));
    }

    [Fact]
    public void Needs_the_offer_first() =>
        new HoldFamilyGroupConference(HeldAt).Decide(JourneyBuilder.Child().InPreProceedings().Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "conference-needs-offer"));

    [Fact]
    public void An_offer_in_earlier_pre_proceedings_does_not_count()
    {
        var journey = JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(OfferedAt).PreProceedingsEnded(PloUntil)
            .PreProceedingsBegan(Day1.AddDays(40)).Journey;

        new HoldFamilyGroupConference(Day1.AddDays(45)).Decide(journey, Now).ShouldBeRefusedWith(("heldAt", "conference-needs-offer"));
    }

    [Fact]
    public void Cannot_be_held_before_it_was_offered()
    {
        new HoldFamilyGroupConference(OfferedAt).Decide(Offered(), Now).ShouldAppend(new FamilyGroupConferenceHeld(1, OfferedAt));
        new HoldFamilyGroupConference(OfferedAt - Tick).Decide(Offered(), Now).ShouldBeRefusedWith(("heldAt", "held-after-offer"));
    }

    [Fact]
    public void Cannot_be_dated_before_pre_proceedings_began()
    {
        // Offered the instant pre-proceedings began, so only the pre-proceedings' start is at stake.
        var journey = JourneyBuilder.Child().InPreProceedings().FamilyConferenceOffered(PloFrom).Journey;

        new HoldFamilyGroupConference(PloFrom).Decide(journey, Now).ShouldAppend(new FamilyGroupConferenceHeld(1, PloFrom));
        new HoldFamilyGroupConference(PloFrom - Tick).Decide(journey, Now)
            .ShouldBeRefusedWith(("heldAt", "within-pre-proceedings"), ("heldAt", "held-after-offer"));
    }
}
