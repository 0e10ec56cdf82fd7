using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Safeguarding;

public sealed class AgreeTransitionPlanTests
{
    private const string Contact = "Adult social care, transitions team";
    private static readonly DateTimeOffset AgreedAt = Day1.AddDays(3);

    private static ChildJourney Contacted() => JourneyBuilder.Child().Contact(Day1).Journey;

    [Fact]
    public void Records_the_transition_plan_with_the_adult_services_contact() =>
        Given(Contacted()).When(new AgreeTransitionPlan(AgreedAt, Contact)).ShouldAppend(new TransitionPlanAgreed(AgreedAt, Contact));

    [Fact]
    public void When_it_was_agreed_is_required() =>
        Given(Contacted()).When(new AgreeTransitionPlan(null, Contact)).ShouldBeRefusedWith(("agreedAt", "required"));

    [Fact]
    public void Cannot_be_agreed_in_the_future_beyond_the_clock_skew()
    {
        Given(Contacted()).When(new AgreeTransitionPlan(JustInsideSkew, Contact)).ShouldAppend(new TransitionPlanAgreed(JustInsideSkew, Contact));
        Given(Contacted()).When(new AgreeTransitionPlan(JustOutsideSkew, Contact)).ShouldBeRefusedWith(("agreedAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_adult_services_contact_is_required(string? contact) =>
        Given(Contacted()).When(new AgreeTransitionPlan(AgreedAt, contact)).ShouldBeRefusedWith(("adultServicesContact", "required"));

    [Fact]
    public void The_adult_services_contact_is_at_most_200_characters()
    {
        Given(Contacted()).When(new AgreeTransitionPlan(AgreedAt, new string('a', 200))).ShouldBeAccepted();
        Given(Contacted()).When(new AgreeTransitionPlan(AgreedAt, new string('a', 201))).ShouldBeRefusedWith(("adultServicesContact", "max-length"));
    }
}
