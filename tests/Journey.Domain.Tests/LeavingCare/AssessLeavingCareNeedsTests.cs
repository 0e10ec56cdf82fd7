using Journey.Domain.LeavingCare;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LeavingCare;

public sealed class AssessLeavingCareNeedsTests
{
    private static readonly DateTimeOffset AssessedAt = EnteredAt.AddDays(10);

    [Fact]
    public void Assesses_a_looked_after_child() =>
        Given(JourneyBuilder.Child().InCare().Journey).When(new AssessLeavingCareNeeds(AssessedAt)).ShouldAppend(new LeavingCareNeedsAssessed(AssessedAt));

    [Fact]
    public void Assesses_a_care_leaver() =>
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new AssessLeavingCareNeeds(LeftAt.AddDays(5)))
            .ShouldAppend(new LeavingCareNeedsAssessed(LeftAt.AddDays(5)));

    [Fact]
    public void When_it_was_assessed_is_required() =>
        Given(JourneyBuilder.Child().InCare().Journey).When(new AssessLeavingCareNeeds(null)).ShouldBeRefusedWith(("assessedAt", "required"));

    [Fact]
    public void Cannot_be_assessed_in_the_future_beyond_the_clock_skew()
    {
        Given(JourneyBuilder.Child().InCare().Journey).When(new AssessLeavingCareNeeds(JustInsideSkew)).ShouldAppend(new LeavingCareNeedsAssessed(JustInsideSkew));
        Given(JourneyBuilder.Child().InCare().Journey).When(new AssessLeavingCareNeeds(JustOutsideSkew))
            .ShouldBeRefusedWith(("assessedAt", "not-in-future"));
    }

    [Fact]
    public void Needs_care_experience() =>
        Given(JourneyBuilder.Child().Contacted().Journey).When(new AssessLeavingCareNeeds(AssessedAt))
            .ShouldBeRefusedWith(("assessedAt", "needs-care-experience"));

    [Fact]
    public void Cannot_be_dated_before_the_child_first_entered_care()
    {
        // As for a personal adviser or a pathway plan: on Day1 the child (in care from Day1 + 1) had no care experience.
        Given(JourneyBuilder.Child().InCare().Journey).When(new AssessLeavingCareNeeds(EnteredAt)).ShouldAppend(new LeavingCareNeedsAssessed(EnteredAt));
        Given(JourneyBuilder.Child().InCare().Journey).When(new AssessLeavingCareNeeds(EnteredAt - Tick))
            .ShouldBeRefusedWith(("assessedAt", "needs-care-experience"));
    }
}
