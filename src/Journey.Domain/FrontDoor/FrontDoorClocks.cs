using Journey.Domain.Assessments;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Domain.FrontDoor;

/// <summary>
/// The front door's clocks (decision 116): the measures it names and what each of its steps does to a clock. A
/// contact starts the decision clocks and the decision stops them; an accepted referral starts the allocation clock
/// and the assessment's (which an assessment's authorisation stops). Withdrawing a step undoes what it did and
/// correcting it does it again (decision 117); each measure's rule is in seeds/reference/timescale-rules.csv.
/// </summary>
public static class FrontDoorClocks
{
    /// <summary>Front-door decision within 1 working day of the contact.</summary>
    public const string FrontDoorDecision = "front-door-decision";

    /// <summary>Contact to front-door decision within 24 hours, on the clock.</summary>
    public const string ContactDecision24Hours = "contact-decision-24h";

    /// <summary>The case allocated to a worker within 5 working days of the referral.</summary>
    public const string Allocation = "allocation";

    public static readonly CapabilityClocks Declaration = new([FrontDoorDecision, ContactDecision24Hours, Allocation],
    [
        EventClocks.On<ContactReceived>(contact =>
        [
            new StartClock(FrontDoorDecision, contact.ContactNumber, contact.OccurredAt),
            new StartClock(ContactDecision24Hours, contact.ContactNumber, contact.OccurredAt),
        ]),
        EventClocks.On<FrontDoorDecisionMade>(decision =>
        [
            new StopClock(FrontDoorDecision, decision.ContactNumber, decision.OccurredAt),
            new StopClock(ContactDecision24Hours, decision.ContactNumber, decision.OccurredAt),
        ]),
        EventClocks.On<ReferralAccepted>(referral =>
        [
            new StartClock(AssessmentClocks.Assessment, referral.ReferralNumber, referral.OccurredAt),
            new StartClock(Allocation, referral.ReferralNumber, referral.OccurredAt),
        ]),
        // An allocation answers every referral still waiting for one.
        EventClocks.On<CaseAllocated>(allocated => [new StopOpenClocks(Allocation, allocated.OccurredAt)]),
    ]);
}
