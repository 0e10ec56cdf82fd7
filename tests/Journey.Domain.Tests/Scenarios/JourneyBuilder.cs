using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;

namespace Journey.Domain.Tests.Scenarios;

/// <summary>
/// Builds a child's journey the way the service does: each step is a real command, decided against
/// the journey so far (at <see cref="Moments.Now"/>), and its events folded back in with Evolve.
/// A refused step fails the test immediately, so a builder can never set up an impossible journey.
/// </summary>
internal sealed class JourneyBuilder
{
    private readonly List<IJourneyEvent> _events = [];

    public ChildJourney Journey { get; private set; } = ChildJourney.New("C1");

    /// <summary>Every event appended so far, in stream order.</summary>
    public IReadOnlyList<IJourneyEvent> Events => _events;

    public static JourneyBuilder Child() => new();

    public JourneyBuilder Apply(IJourneyCommand command)
    {
        var decision = command.Decide(Journey, Moments.Now);
        if (decision.IsRefused)
            throw new InvalidOperationException(
                $"Test setup step {command.GetType().Name} was refused: " +
                string.Join("; ", decision.Violations.Select(v => $"{v.Field}/{v.Rule}: {v.Message}")));
        foreach (var e in decision.Events)
        {
            Journey = Journey.Evolve(e);
            _events.Add(e);
        }
        return this;
    }

    public JourneyBuilder Contact(DateTimeOffset at, string source = "2A") =>
        Apply(new RecordContact(at, source, "Bruising seen at school", ConsentStatus.Given, null));

    public JourneyBuilder Decided(DateTimeOffset at, FrontDoorOutcome outcome, int? contactNumber = null) =>
        Apply(new RecordFrontDoorDecision(at, outcome, "Threshold met", "MASH manager", contactNumber));

    public JourneyBuilder Referral(DateTimeOffset at, int? contactNumber = null, string? primaryNeed = null) =>
        Apply(new AcceptReferral(at, primaryNeed, contactNumber));

    public JourneyBuilder Allocated(DateTimeOffset at, string team = "Assessment Team A", string worker = "J. Smith") =>
        Apply(new AllocateCase(at, team, worker));

    public JourneyBuilder AssessmentStarted(DateTimeOffset at, int? referralNumber = null) =>
        Apply(new StartAssessment(at, referralNumber));

    public JourneyBuilder AssessmentAuthorised(DateTimeOffset at, int? assessmentNumber = null) =>
        Apply(new AuthoriseAssessment(at, "Team manager", assessmentNumber));

    public JourneyBuilder StrategyDiscussion(DateTimeOffset at, bool initiatesSection47) =>
        Apply(new HoldStrategyDiscussion(at, initiatesSection47));

    public JourneyBuilder Section47Concluded(DateTimeOffset at, Section47Outcome outcome) =>
        Apply(new ConcludeSection47(at, outcome));

    public JourneyBuilder InitialConference(DateTimeOffset at, bool planRequired, string? category = null) =>
        Apply(new HoldInitialConference(at, planRequired, category));

    public JourneyBuilder PlanEnded(DateTimeOffset at, string reason = "No longer at risk of significant harm") =>
        Apply(new EndProtectionPlan(at, reason));

    // Common journeys, each step an hour or days after the one before, starting at Day1.

    /// <summary>Contact at Day1 09:00, decided ReferralForAssessment at 10:00.</summary>
    public JourneyBuilder ContactDecidedForAssessment() =>
        Contact(Moments.Day1).Decided(Moments.Day1.AddHours(1), FrontDoorOutcome.ReferralForAssessment);

    /// <summary>... and accepted as referral 1 at Day1 11:00.</summary>
    public JourneyBuilder Referred() =>
        ContactDecidedForAssessment().Referral(Moments.Day1.AddHours(2));

    /// <summary>... and assessment 1 started on Day1 + 1 day.</summary>
    public JourneyBuilder Assessing() => Referred().AssessmentStarted(Moments.Day1.AddDays(1));

    /// <summary>Contact at Day1, decided StrategyDiscussion, discussion at Day1 + 1 day initiating section 47 enquiry 1.</summary>
    public JourneyBuilder Section47Open() =>
        Contact(Moments.Day1)
            .Decided(Moments.Day1.AddHours(1), FrontDoorOutcome.StrategyDiscussion)
            .StrategyDiscussion(Moments.Day1.AddDays(1), initiatesSection47: true);

    /// <summary>... and the enquiry concluded on Day1 + 5 days with the given outcome.</summary>
    public JourneyBuilder Section47ConcludedWith(Section47Outcome outcome) =>
        Section47Open().Section47Concluded(Moments.Day1.AddDays(5), outcome);

    /// <summary>... asking for a conference, held Day1 + 10 days, which started plan 1 (category NEG).</summary>
    public JourneyBuilder OnPlan() =>
        Section47ConcludedWith(Section47Outcome.InitialConference)
            .InitialConference(Moments.Day1.AddDays(10), planRequired: true, "NEG");
}
