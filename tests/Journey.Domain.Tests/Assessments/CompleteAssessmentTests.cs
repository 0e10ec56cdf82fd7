using Journey.Domain.Assessments;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Assessments;

public sealed class CompleteAssessmentTests
{
    private static readonly DateTimeOffset StartedAt = Day1.AddDays(1);
    private static readonly DateTimeOffset CompletedAt = Day1.AddDays(20);

    private static CompleteAssessment Valid(IReadOnlyList<string>? factors = null) =>
        new(CompletedAt, true, false, factors ?? ["3B", "18B"], AssessmentOutcome.ChildInNeedPlan);

    [Fact]
    public void Completing_records_the_child_seen_the_factors_and_the_outcome()
    {
        var decision = Given(JourneyBuilder.Child().Assessing().Journey).When(Valid());

        decision.IsRefused.ShouldBeFalse();
        var completed = decision.Events.Single().ShouldBeOfType<AssessmentCompleted>();
        (completed.AssessmentNumber, completed.ReferralNumber, completed.OccurredAt, completed.ChildSeen, completed.ChildSeenAlone, completed.Outcome)
            .ShouldBe((1, 1, CompletedAt, true, false, AssessmentOutcome.ChildInNeedPlan));
        completed.Factors.ShouldBe(["3B", "18B"]);
    }

    [Theory]
    [InlineData(new[] { "3Z" }, "cin-assessment-factor")]
    [InlineData(new[] { "8A" }, "cin-assessment-factor")]
    [InlineData(new[] { "21", "3B" }, "no-factors-stands-alone")]
    [InlineData(new[] { "3B", "3B" }, "each-factor-once")]
    [InlineData(new string[0], "required")]
    public void Factors_are_official_codes_each_once_and_21_alone(string[] factors, string rule) =>
        Given(JourneyBuilder.Child().Assessing().Journey).When(Valid(factors)).ShouldBeRefusedWith(("factors", rule));

    [Fact]
    public void No_factors_identified_is_21_alone() =>
        Given(JourneyBuilder.Child().Assessing().Journey).When(Valid(["21"])).IsRefused.ShouldBeFalse();

    [Fact]
    public void A_child_not_seen_cannot_have_been_seen_alone() =>
        Given(JourneyBuilder.Child().Assessing().Journey).When((Valid() with { ChildSeen = false, ChildSeenAlone = true }))
            .ShouldBeRefusedWith(("childSeenAlone", "seen-alone-only-if-seen"));

    [Fact]
    public void Completion_is_once_before_authorisation_and_not_before_the_start()
    {
        var assessing = JourneyBuilder.Child().Assessing();
        Given(assessing.Journey).When((Valid() with { CompletedAt = StartedAt - Tick }))
            .ShouldBeRefusedWith(("completedAt", "completed-after-start"));

        var completed = JourneyBuilder.Child().Assessing().Apply(Valid());
        Given(completed.Journey).When((Valid() with { AssessmentNumber = 1 })).ShouldBeRefusedWith(("assessmentNumber", "complete-once"));
        Given(completed.Journey).When(new AuthoriseAssessment(CompletedAt - Tick, "tm"))
            .ShouldBeRefusedWith(("authorisedAt", "authorised-after-completion"));

        var authorised = JourneyBuilder.Child().Assessing().AssessmentAuthorised(CompletedAt);
        Given(authorised.Journey).When((Valid() with { AssessmentNumber = 1 })).ShouldBeRefusedWith(("assessmentNumber", "complete-before-authorisation"));
    }
}
