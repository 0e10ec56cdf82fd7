using Journey.Domain.Timescales;

namespace Journey.Domain.Protection;

/// <summary>
/// A strategy discussion held, kept for the secondary initial-conference clock (<see cref="ProtectionClocks.InitialConferenceFromLastDiscussion"/>),
/// which runs from the last discussion held for the enquiry before its conference. Kept by the stream version of
/// the discussion, so its correction replaces it and its withdrawal forgets it.
/// </summary>
public sealed record NoteDiscussion(string Measure, int DiscussionNumber, DateTimeOffset HeldAt, bool InitiatesSection47) : StepClockChange(Measure)
{
    public override ClockChange Undone => new ForgetDiscussion(Measure);
}

/// <summary>Forgets the discussion withdrawn.</summary>
public sealed record ForgetDiscussion(string Measure) : ClockChange(Measure);

/// <summary>
/// Works the child's secondary conference clocks out again from the discussions kept and the primary clocks, after
/// the step's other changes (so it sees them): a discussion, an enquiry's start or conclusion, or a conference may
/// each have moved them, and so may their correction or withdrawal.
/// </summary>
public sealed record RecountFromLastDiscussion(string Measure) : StepClockChange(Measure)
{
    public override ClockChange Undone => this;
}
