using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Safeguarding;

public sealed class RecordHomelessPresentationTests
{
    private static readonly DateTimeOffset PresentedAt = Day1.AddDays(3);

    private static ChildJourney Contacted() => JourneyBuilder.Child().Contact(Day1).Journey;

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Records_the_presentation_with_rights_explained_and_joint_assessment(bool rightsExplained, bool jointAssessment) =>
        Given(Contacted()).When(new RecordHomelessPresentation(PresentedAt, rightsExplained, jointAssessment))
            .ShouldAppend(new HomelessPresentationMade(PresentedAt, rightsExplained, jointAssessment));

    [Fact]
    public void When_they_presented_is_required() =>
        Given(Contacted()).When(new RecordHomelessPresentation(null, true, true)).ShouldBeRefusedWith(("presentedAt", "required"));

    [Fact]
    public void Cannot_be_dated_in_the_future_beyond_the_clock_skew()
    {
        Given(Contacted()).When(new RecordHomelessPresentation(JustInsideSkew, true, true))
            .ShouldAppend(new HomelessPresentationMade(JustInsideSkew, true, true));
        Given(Contacted()).When(new RecordHomelessPresentation(JustOutsideSkew, true, true)).ShouldBeRefusedWith(("presentedAt", "not-in-future"));
    }

    [Fact]
    public void Whether_section_20_rights_were_explained_is_required() =>
        Given(Contacted()).When(new RecordHomelessPresentation(PresentedAt, null, true)).ShouldBeRefusedWith(("section20RightsExplained", "required"));

    [Fact]
    public void Whether_a_joint_housing_assessment_was_done_is_required() =>
        Given(Contacted()).When(new RecordHomelessPresentation(PresentedAt, true, null)).ShouldBeRefusedWith(("jointHousingAssessment", "required"));

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(Contacted()).When(new RecordHomelessPresentation(null, null, null)).ShouldBeRefusedWith(
            ("presentedAt", "required"), ("section20RightsExplained", "required"), ("jointHousingAssessment", "required"));
}
