using Journey.Domain.Assessments;
using static Journey.Domain.Tests.Given.Moments;
using Journey.Domain.Tests.Given;

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
        var decision = Valid().Decide(JourneyBuilder.Child().Assessing().Journey, Now);

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
        Valid(factors).Decide(JourneyBuilder.Child().Assessing().Journey, Now).ShouldBeRefusedWith(("factors", rule));

    [Fact]
    public void No_factors_identified_is_21_alone() =>
        Valid(["21"]).Decide(JourneyBuilder.Child().Assessing().Journey, Now).IsRefused.ShouldBeFalse();

    [Fact]
    public void A_child_not_seen_cannot_have_been_seen_alone() =>
        (Valid() with { ChildSeen = false, ChildSeenAlone = true }).Decide(JourneyBuilder.Child().Assessing().Journey, Now)
            .ShouldBeRefusedWith(("childSeenAlone", "seen-alone-only-if-seen"));

    [Fact]
    public void Completion_is_once_before_authorisation_and_not_before_the_start()
    {
        var assessing = JourneyBuilder.Child().Assessing();
        (Valid() with { CompletedAt = StartedAt - Tick }).Decide(assessing.Journey, Now)
            .ShouldBeRefusedWith(("completedAt", "completed-after-start"));

        var completed = JourneyBuilder.Child().Assessing().Apply(Valid());
        (Valid() with { AssessmentNumber = 1 }).Decide(completed.Journey, Now).ShouldBeRefusedWith(("assessmentNumber", "complete-once"));
        new AuthoriseAssessment(CompletedAt - Tick, "tm").Decide(completed.Journey, Now)
            .ShouldBeRefusedWith(("authorisedAt", "authorised-after-completion"));

        var authorised = JourneyBuilder.Child().Assessing().AssessmentAuthorised(CompletedAt);
        (Valid() with { AssessmentNumber = 1 }).Decide(authorised.Journey, Now).ShouldBeRefusedWith(("assessmentNumber", "complete-before-authorisation"));
    }
}
