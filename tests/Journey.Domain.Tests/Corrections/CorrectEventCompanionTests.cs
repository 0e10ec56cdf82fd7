using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Corrections;

/// <summary>A discussion's section 47 start and a conference's plan start move with the step that started them.</summary>
public sealed class CorrectEventCompanionTests
{
    private const string Why = "Wrong date taken from the minutes";

    // Section47Open: v3 StrategyDiscussionHeld(1, Day1 + 1, true, null), v4 Section47Started(1, 1, Day1 + 1).
    // OnPlan adds v5 Section47Concluded, v6 InitialConferenceHeld(1, 1, Day1 + 10, true, NEG), v7 ProtectionPlanStarted(1, 1, Day1 + 10, NEG).

    [Fact]
    public void Moving_a_discussion_that_initiated_section_47_moves_the_enquirys_start_with_it()
    {
        var builder = JourneyBuilder.Child().Section47Open();
        var discussion = builder.At<StrategyDiscussionHeld>(3);
        var started = builder.At<Section47Started>(4);
        var movedDiscussion = discussion with { OccurredAt = Day1.AddDays(2) };

        Given(builder.Journey).When(new CorrectEvent(3, movedDiscussion, Why)).ShouldAppend(
            new EventCorrected(3, discussion, movedDiscussion, Why, Now),
            new EventCorrected(4, started, new Section47Started(1, 1, Day1.AddDays(2)), Why, Now));
    }

    [Fact]
    public void After_moving_the_discussion_the_journey_sees_both_moved()
    {
        var builder = JourneyBuilder.Child().Section47Open();
        var movedDiscussion = builder.At<StrategyDiscussionHeld>(3) with { OccurredAt = Day1.AddDays(2) };

        builder.Corrected(3, movedDiscussion, Why);
        var journey = builder.Journey;

        journey.Version.ShouldBe(6);
        journey.StrategyDiscussions.ShouldBe([new DiscussionState(1, Day1.AddDays(2), true)]);
        journey.Enquiries.ShouldBe([new EnquiryState(1, 1, Day1.AddDays(2), null, null)]);
        journey.Fact(3).ShouldBe(new RecordedFact(3, movedDiscussion, FactStatus.Corrected));
        journey.Fact(4).ShouldBe(new RecordedFact(4, new Section47Started(1, 1, Day1.AddDays(2)), FactStatus.Corrected));
    }

    [Fact]
    public void Moving_a_discussion_whose_enquiry_has_concluded_still_moves_the_enquirys_start()
    {
        var builder = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.ChildInNeed);
        var discussion = builder.At<StrategyDiscussionHeld>(3);
        var moved = discussion with { OccurredAt = Day1.AddDays(2) };

        Given(builder.Journey).When(new CorrectEvent(3, moved, Why)).ShouldAppend(
            new EventCorrected(3, discussion, moved, Why, Now),
            new EventCorrected(4, builder.At<Section47Started>(4), new Section47Started(1, 1, Day1.AddDays(2)), Why, Now));
    }

    [Fact]
    public void Correcting_only_the_discussions_outcome_leaves_the_enquiry_alone()
    {
        var builder = JourneyBuilder.Child().Section47Open();
        var discussion = builder.At<StrategyDiscussionHeld>(3);
        var reworded = discussion with { Outcome = "Section 47 enquiry agreed with police" };

        Given(builder.Journey).When(new CorrectEvent(3, reworded, Why))
            .ShouldAppend(new EventCorrected(3, discussion, reworded, Why, Now));

        builder.Corrected(3, reworded, Why);
        builder.Journey.Fact(4).ShouldBe(new RecordedFact(4, builder.At<Section47Started>(4), FactStatus.Recorded));
    }

    [Fact]
    public void Moving_a_discussion_that_initiated_nothing_appends_one_correction()
    {
        var builder = JourneyBuilder.Child().Section47Open().StrategyDiscussion(Day1.AddDays(2), false); // v5 discussion 2
        var discussion = builder.At<StrategyDiscussionHeld>(5);
        var moved = discussion with { OccurredAt = Day1.AddDays(3) };

        Given(builder.Journey).When(new CorrectEvent(5, moved, Why))
            .ShouldAppend(new EventCorrected(5, discussion, moved, Why, Now));
    }

    [Fact]
    public void Moving_a_conference_with_a_plan_moves_the_plans_start_and_category_with_it()
    {
        var builder = JourneyBuilder.Child().OnPlan();
        var conference = builder.At<InitialConferenceHeld>(6);
        var plan = builder.At<ProtectionPlanStarted>(7);
        var corrected = conference with { OccurredAt = Day1.AddDays(11), Category = "PHY" };

        Given(builder.Journey).When(new CorrectEvent(6, corrected, Why)).ShouldAppend(
            new EventCorrected(6, conference, corrected, Why, Now),
            new EventCorrected(7, plan, new ProtectionPlanStarted(1, 1, Day1.AddDays(11), "PHY"), Why, Now));
    }

    [Fact]
    public void After_correcting_the_conference_the_journey_sees_the_plan_moved()
    {
        var builder = JourneyBuilder.Child().OnPlan();
        var corrected = builder.At<InitialConferenceHeld>(6) with { OccurredAt = Day1.AddDays(11), Category = "PHY" };

        builder.Corrected(6, corrected, Why);
        var journey = builder.Journey;

        journey.Conferences.ShouldBe([new ConferenceState(1, 1, Day1.AddDays(11), true)]);
        journey.Plans.ShouldBe([new PlanState(1, Day1.AddDays(11), "PHY", null)]);
        journey.Fact(6)!.Status.ShouldBe(FactStatus.Corrected);
        journey.Fact(7).ShouldBe(new RecordedFact(7, new ProtectionPlanStarted(1, 1, Day1.AddDays(11), "PHY"), FactStatus.Corrected));
    }

    [Fact]
    public void Correcting_only_the_conferences_category_changes_the_plans_category_not_its_start()
    {
        var builder = JourneyBuilder.Child().OnPlan();
        var conference = builder.At<InitialConferenceHeld>(6);
        var corrected = conference with { Category = "EMO" };

        Given(builder.Journey).When(new CorrectEvent(6, corrected, Why)).ShouldAppend(
            new EventCorrected(6, conference, corrected, Why, Now),
            new EventCorrected(7, builder.At<ProtectionPlanStarted>(7), new ProtectionPlanStarted(1, 1, Day1.AddDays(10), "EMO"), Why, Now));
    }

    [Fact]
    public void Moving_a_conference_whose_plan_has_ended_still_moves_the_plans_start()
    {
        var builder = JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)); // v8
        var conference = builder.At<InitialConferenceHeld>(6);
        var moved = conference with { OccurredAt = Day1.AddDays(9) };

        builder.Apply(new CorrectEvent(6, moved, Why));

        builder.Journey.Plans.ShouldBe([new PlanState(1, Day1.AddDays(9), "NEG", Day1.AddDays(40))]);
    }

    [Fact]
    public void Moving_a_conference_without_a_plan_appends_one_correction()
    {
        var builder = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference)
            .InitialConference(Day1.AddDays(10), planRequired: false); // v6
        var conference = builder.At<InitialConferenceHeld>(6);
        var moved = conference with { OccurredAt = Day1.AddDays(11) };

        Given(builder.Journey).When(new CorrectEvent(6, moved, Why))
            .ShouldAppend(new EventCorrected(6, conference, moved, Why, Now));
    }

    [Fact]
    public void A_corrected_companion_moves_again_from_how_it_now_stands()
    {
        var builder = JourneyBuilder.Child().Section47Open();
        var first = builder.At<StrategyDiscussionHeld>(3) with { OccurredAt = Day1.AddDays(2) };
        builder.Corrected(3, first, Why); // v5, v6
        var second = first with { OccurredAt = Day1.AddDays(3) };

        Given(builder.Journey).When(new CorrectEvent(3, second, Why)).ShouldAppend(
            new EventCorrected(3, first, second, Why, Now),
            new EventCorrected(4, new Section47Started(1, 1, Day1.AddDays(2)), new Section47Started(1, 1, Day1.AddDays(3)), Why, Now));
    }
}
