namespace Journey.Domain.Journeys;

/// <summary>
/// The outcome of deciding a command against a child's journey: either the events to append, or
/// the rules it broke (and then nothing is appended).
/// </summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<IJourneyEvent> events, IReadOnlyList<RuleViolation> violations)
    {
        Events = events;
        Violations = violations;
    }

    public IReadOnlyList<IJourneyEvent> Events { get; }
    public IReadOnlyList<RuleViolation> Violations { get; }
    public bool IsRefused => Violations.Count > 0;

    public static Decision Accept(params IJourneyEvent[] events) => new(events, []);
    public static Decision Refuse(IReadOnlyList<RuleViolation> violations) => new([], violations);
}
