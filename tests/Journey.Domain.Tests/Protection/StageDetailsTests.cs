using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

/// <summary>The details practitioners record with discussions and conferences: who took part, and the child's part.</summary>
public sealed class StageDetailsTests
{
    [Fact]
    public void A_discussion_keeps_who_attended_who_was_absent_and_the_medical_decision()
    {
        var decision = Given(JourneyBuilder.Child().Contact(Day1).Journey)
            .When(new HoldStrategyDiscussion(Day1.AddDays(1), true, Attendees: ["SW", "Police"], InvitedButAbsent: ["GP"], MedicalExamination: true));

        var held = decision.Events[0].ShouldBeOfType<StrategyDiscussionHeld>();
        held.Attendees.ShouldBe(["SW", "Police"]);
        held.InvitedButAbsent.ShouldBe(["GP"]);
        held.MedicalExamination.ShouldBe(true);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Attendees_are_named(string name) =>
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new HoldStrategyDiscussion(Day1.AddDays(1), false, Attendees: ["SW", name]))
            .ShouldBeRefusedWith(("attendees", "names"));

    [Fact]
    public void A_child_who_attended_a_conference_was_invited()
    {
        var awaiting = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference).Journey;
        var at = Day1.AddDays(10);

        Given(awaiting).When(new HoldInitialConference(at, false, ChildInvited: false, ChildAttended: true))
            .ShouldBeRefusedWith(("childAttended", "attended-only-if-invited"));
        Given(awaiting).When(new HoldInitialConference(at, false, ChildInvited: true, ChildAttended: true))
            .Events.Single().ShouldBeOfType<InitialConferenceHeld>().ChildAttended.ShouldBe(true);
    }
}
