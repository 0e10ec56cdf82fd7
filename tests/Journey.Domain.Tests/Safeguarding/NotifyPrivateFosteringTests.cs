using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.LookedAfterJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Safeguarding;

public sealed class NotifyPrivateFosteringTests
{
    private const string Carer = "Family friend, Mrs A";
    private static readonly DateTimeOffset NotifiedAt = Day1.AddDays(3);

    private static ChildJourney Contacted() => JourneyBuilder.Child().Contacted().Journey;

    [Fact]
    public void Records_the_notification_with_the_carer() =>
        new NotifyPrivateFostering(NotifiedAt, Carer).Decide(Contacted(), Now).ShouldAppend(new PrivateFosteringNotified(NotifiedAt, Carer));

    [Fact]
    public void When_it_was_notified_is_required() =>
        new NotifyPrivateFostering(null, Carer).Decide(Contacted(), Now).ShouldBeRefusedWith(("notifiedAt", "required"));

    [Fact]
    public void Cannot_be_notified_in_the_future_beyond_the_clock_skew()
    {
        new NotifyPrivateFostering(JustInsideSkew, Carer).Decide(Contacted(), Now).ShouldAppend(new PrivateFosteringNotified(JustInsideSkew, Carer));
        new NotifyPrivateFostering(JustOutsideSkew, Carer).Decide(Contacted(), Now).ShouldBeRefusedWith(("notifiedAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_carer_is_required(string? carer) =>
        new NotifyPrivateFostering(NotifiedAt, carer).Decide(Contacted(), Now).ShouldBeRefusedWith(("carer", "required"));

    [Fact]
    public void The_carer_is_at_most_200_characters()
    {
        new NotifyPrivateFostering(NotifiedAt, new string('c', 200)).Decide(Contacted(), Now).ShouldBeAccepted();
        new NotifyPrivateFostering(NotifiedAt, new string('c', 201)).Decide(Contacted(), Now).ShouldBeRefusedWith(("carer", "max-length"));
    }

    [Fact]
    public void Not_while_the_child_is_looked_after() =>
        new NotifyPrivateFostering(EnteredAt.AddDays(3), Carer).Decide(JourneyBuilder.Child().InCare().Journey, Now)
            .ShouldBeRefusedWith(("notifiedAt", "not-while-looked-after"));

    [Fact]
    public void A_care_leaver_may_be_privately_fostered() =>
        new NotifyPrivateFostering(LeftAt.AddDays(3), Carer).Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
            .ShouldAppend(new PrivateFosteringNotified(LeftAt.AddDays(3), Carer));

    [Fact]
    public void Cannot_be_dated_back_into_a_period_of_care_that_has_since_ended()
    {
        // Looked after from Day1 + 1 to Day1 + 30: on Day1 + 10 the child was looked after.
        new NotifyPrivateFostering(Day1.AddDays(10), Carer).Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
            .ShouldBeRefusedWith(("notifiedAt", "not-while-looked-after"));
    }

    [Fact]
    public void May_be_dated_before_the_period_of_care_the_child_is_in_now()
    {
        // Looked after only from Day1 + 1: on Day1 at 12:00 the child was not.
        var at = Day1.AddHours(3);

        new NotifyPrivateFostering(at, Carer).Decide(JourneyBuilder.Child().InCare().Journey, Now).ShouldAppend(new PrivateFosteringNotified(at, Carer));
    }
}
