using Journey.Domain.ChildInNeed;
using Journey.Domain.Closure;
using Journey.Domain.FrontDoor;
using Journey.Domain.Protection;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Scenarios;

/// <summary>Steps and journeys for protection plan work, child in need plans and closure, on top of <see cref="JourneyBuilder"/>.</summary>
internal static class PlansAndClosureJourneys
{
    public static readonly DateTimeOffset ReferredAt = Day1.AddHours(2);
    public static readonly DateTimeOffset Section47StartedAt = Day1.AddDays(1);
    public static readonly DateTimeOffset Section47ConcludedAt = Day1.AddDays(5);
    public static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);

    public static JourneyBuilder ChildInNeedPlanStarted(this JourneyBuilder b, DateTimeOffset at) =>
        b.Apply(new StartChildInNeedPlan(at));

    public static JourneyBuilder ChildInNeedPlanEnded(this JourneyBuilder b, DateTimeOffset at, string reason = "Outcomes of the plan met") =>
        b.Apply(new EndChildInNeedPlan(at, reason));

    public static JourneyBuilder Closed(this JourneyBuilder b, DateTimeOffset at, string reason = "RC8") =>
        b.Apply(new CloseCase(at, reason));

    public static JourneyBuilder CategoryChanged(this JourneyBuilder b, DateTimeOffset at, string category) =>
        b.Apply(new ChangeProtectionCategory(at, category));

    /// <summary>Contact at Day1 09:00, decided StrategyDiscussion at 10:00, accepted as referral 1 at 11:00.</summary>
    public static JourneyBuilder ReferredForStrategyDiscussion(this JourneyBuilder b) =>
        b.Contact(Day1).Decided(Day1.AddHours(1), FrontDoorOutcome.StrategyDiscussion).Referral(ReferredAt);

    /// <summary>... and a discussion at Day1 + 1 initiated section 47 enquiry 1 (still open).</summary>
    public static JourneyBuilder ReferredWithSection47Open(this JourneyBuilder b) =>
        b.ReferredForStrategyDiscussion().StrategyDiscussion(Section47StartedAt, initiatesSection47: true);

    /// <summary>... concluded at Day1 + 5 asking for an initial conference.</summary>
    public static JourneyBuilder ReferredAwaitingConference(this JourneyBuilder b) =>
        b.ReferredWithSection47Open().Section47Concluded(Section47ConcludedAt, Section47Outcome.InitialConference);

    /// <summary>... held at Day1 + 10, starting protection plan 1 (NEG): a referred child on a plan.</summary>
    public static JourneyBuilder ReferredOnPlan(this JourneyBuilder b) =>
        b.ReferredAwaitingConference().InitialConference(PlanStartedAt, planRequired: true, "NEG");

    /// <summary>
    /// Plan 1 (NEG, Day1 + 10) ended at Day1 + 40; a second enquiry (discussion Day1 + 50, concluded Day1 + 55)
    /// led to a conference at Day1 + 60 starting plan 2 (PHY).
    /// </summary>
    public static JourneyBuilder OnSecondPlan(this JourneyBuilder b) =>
        b.OnPlan()
            .PlanEnded(Day1.AddDays(40))
            .StrategyDiscussion(Day1.AddDays(50), initiatesSection47: true)
            .Section47Concluded(Day1.AddDays(55), Section47Outcome.InitialConference)
            .InitialConference(Day1.AddDays(60), planRequired: true, "PHY");
}
