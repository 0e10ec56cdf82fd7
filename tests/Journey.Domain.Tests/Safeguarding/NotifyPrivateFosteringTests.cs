using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Safeguarding;

public sealed class NotifyPrivateFosteringTests
{
    private const string Carer = "Family friend, Mrs A";
    private static readonly DateTimeOffset NotifiedAt = Day1.AddDays(3);

    private static ChildJourney Contacted() => JourneyBuilder.Child().Contacted().Journey;

    [Fact]
    public void Records_the_notification_with_the_carer() =>
        Given(Contacted()).When(new NotifyPrivateFostering(NotifiedAt, Carer)).ShouldAppend(new PrivateFosteringNotified(NotifiedAt, Carer));

    [Fact]
    public void When_it_was_notified_is_required() =>
        Given(Contacted()).When(new NotifyPrivateFostering(null, Carer)).ShouldBeRefusedWith(("notifiedAt", "required"));

    [Fact]
    public void Cannot_be_notified_in_the_future_beyond_the_clock_skew()
    {
        Given(Contacted()).When(new NotifyPrivateFostering(JustInsideSkew, Carer)).ShouldAppend(new PrivateFosteringNotified(JustInsideSkew, Carer));
        Given(Contacted()).When(new NotifyPrivateFostering(JustOutsideSkew, Carer)).ShouldBeRefusedWith(("notifiedAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_carer_is_required(string? carer) =>
        Given(Contacted()).When(new NotifyPrivateFostering(NotifiedAt, carer)).ShouldBeRefusedWith(("carer", "required"));

    [Fact]
    public void The_carer_is_at_most_200_characters()
    {
        Given(Contacted()).When(new NotifyPrivateFostering(NotifiedAt, new string('c', 200))).ShouldBeAccepted();
        Given(Contacted()).When(new NotifyPrivateFostering(NotifiedAt, new string('c', 201))).ShouldBeRefusedWith(("carer", "max-length"));
    }

    [Fact]
    public void Not_while_the_child_is_looked_after() =>
        Given(JourneyBuilder.Child().InCare().Journey).When(new NotifyPrivateFostering(EnteredAt.AddDays(3), Carer))
            .ShouldBeRefusedWith(("notifiedAt", "not-while-looked-after"));

    [Fact]
    public void A_care_leaver_may_be_privately_fostered() =>
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new NotifyPrivateFostering(LeftAt.AddDays(3), Carer))
            .ShouldAppend(new PrivateFosteringNotified(LeftAt.AddDays(3), Carer));

    [Fact]
    public void Cannot_be_dated_back_into_a_period_of_care_that_has_since_ended()
    {
        // Looked after from Day1 + 1 to Day1 + 30: on Day1 + 10 the child was looked after.
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new NotifyPrivateFostering(Day1.AddDays(10), Carer))
            .ShouldBeRefusedWith(("notifiedAt", "not-while-looked-after"));
    }

    [Fact]
    public void May_be_dated_before_the_period_of_care_the_child_is_in_now()
    {
        // Looked after only from Day1 + 1: on Day1 at 12:00 the child was not.
        var at = Day1.AddHours(3);

        Given(JourneyBuilder.Child().InCare().Journey).When(new NotifyPrivateFostering(at, Carer)).ShouldAppend(new PrivateFosteringNotified(at, Carer));
    }
}
