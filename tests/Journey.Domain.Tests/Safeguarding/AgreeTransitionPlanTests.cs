using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Safeguarding;

public sealed class AgreeTransitionPlanTests
{
    private const string Contact = "Adult social care, transitions team";
    private static readonly DateTimeOffset AgreedAt = Day1.AddDays(3);

    private static ChildJourney Contacted() => JourneyBuilder.Child().Contact(Day1).Journey;

    [Fact]
    public void Records_the_transition_plan_with_the_adult_services_contact() =>
        new AgreeTransitionPlan(AgreedAt, Contact).Decide(Contacted(), Now).ShouldAppend(new TransitionPlanAgreed(AgreedAt, Contact));

    [Fact]
    public void When_it_was_agreed_is_required() =>
        new AgreeTransitionPlan(null, Contact).Decide(Contacted(), Now).ShouldBeRefusedWith(("agreedAt", "required"));

    [Fact]
    public void Cannot_be_agreed_in_the_future_beyond_the_clock_skew()
    {
        new AgreeTransitionPlan(JustInsideSkew, Contact).Decide(Contacted(), Now).ShouldAppend(new TransitionPlanAgreed(JustInsideSkew, Contact));
        new AgreeTransitionPlan(JustOutsideSkew, Contact).Decide(Contacted(), Now).ShouldBeRefusedWith(("agreedAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_adult_services_contact_is_required(string? contact) =>
        new AgreeTransitionPlan(AgreedAt, contact).Decide(Contacted(), Now).ShouldBeRefusedWith(("adultServicesContact", "required"));

    [Fact]
    public void The_adult_services_contact_is_at_most_200_characters()
    {
        new AgreeTransitionPlan(AgreedAt, new string('a', 200)).Decide(Contacted(), Now).ShouldBeAccepted();
        new AgreeTransitionPlan(AgreedAt, new string('a', 201)).Decide(Contacted(), Now).ShouldBeRefusedWith(("adultServicesContact", "max-length"));
    }
}
