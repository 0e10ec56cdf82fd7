using Journey.Domain.Safeguarding;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.LookedAfterJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Safeguarding;

public sealed class AssessLeavingCareNeedsTests
{
    private static readonly DateTimeOffset AssessedAt = EnteredAt.AddDays(10);

    [Fact]
    public void Assesses_a_looked_after_child() =>
        new AssessLeavingCareNeeds(AssessedAt).Decide(JourneyBuilder.Child().InCare().Journey, Now).ShouldAppend(new LeavingCareNeedsAssessed(AssessedAt));

    [Fact]
    public void Assesses_a_care_leaver() =>
        new AssessLeavingCareNeeds(LeftAt.AddDays(5)).Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
            .ShouldAppend(new LeavingCareNeedsAssessed(LeftAt.AddDays(5)));

    [Fact]
    public void When_it_was_assessed_is_required() =>
        new AssessLeavingCareNeeds(null).Decide(JourneyBuilder.Child().InCare().Journey, Now).ShouldBeRefusedWith(("assessedAt", "required"));

    [Fact]
    public void Cannot_be_assessed_in_the_future_beyond_the_clock_skew()
    {
        new AssessLeavingCareNeeds(JustInsideSkew).Decide(JourneyBuilder.Child().InCare().Journey, Now).ShouldAppend(new LeavingCareNeedsAssessed(JustInsideSkew));
        new AssessLeavingCareNeeds(JustOutsideSkew).Decide(JourneyBuilder.Child().InCare().Journey, Now)
            .ShouldBeRefusedWith(("assessedAt", "not-in-future"));
    }

    [Fact]
    public void Needs_care_experience() =>
        new AssessLeavingCareNeeds(AssessedAt).Decide(JourneyBuilder.Child().Contacted().Journey, Now)
            .ShouldBeRefusedWith(("assessedAt", "needs-care-experience"));

    [Fact]
    public void Cannot_be_dated_before_the_child_first_entered_care()
    {
        // As for a personal adviser or a pathway plan: on Day1 the child (in care from Day1 + 1) had no care experience.
        new AssessLeavingCareNeeds(EnteredAt).Decide(JourneyBuilder.Child().InCare().Journey, Now).ShouldAppend(new LeavingCareNeedsAssessed(EnteredAt));
        new AssessLeavingCareNeeds(EnteredAt - Tick).Decide(JourneyBuilder.Child().InCare().Journey, Now)
            .ShouldBeRefusedWith(("assessedAt", "needs-care-experience"));
    }
}
