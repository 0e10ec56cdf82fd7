namespace Journey.Domain.Timescales;

/// <summary>
/// One change to a child's timeliness clocks, as data (decision 116). Each capability declares what each of its
/// events changes (<c>FrontDoor/FrontDoorClocks.cs</c>, ...) and the measures projection turns each kind of change
/// into its SQL statement. A clock is one row per child, measure and episode (the contact, referral, enquiry, plan
/// or care episode number); the child, and the stream version of the step making the change, are the
/// projection's to supply, so a change holds only what the step itself says.
/// </summary>
public abstract record ClockChange(string Measure);

/// <summary>
/// A change a step declares. It knows what undoes it, so a withdrawal's changes are the withdrawn step's undone
/// (decision 117), and how a correction makes it again.
/// </summary>
public abstract record StepClockChange(string Measure) : ClockChange(Measure)
{
    /// <summary>What withdrawing the step does about this change.</summary>
    public abstract ClockChange Undone { get; }

    /// <summary>
    /// This change, made by a correction's replacement, given the change the step as it stood made in the same place
    /// (none if it made fewer). A change sets what it sets, so the replacement's own change leaves the clock as the
    /// replacement would have; only a move of the due date, which adds, says otherwise.
    /// </summary>
    public virtual StepClockChange Replacing(StepClockChange? before) => this;
}

/// <summary>
/// Starts the episode's clock at <see cref="StartAt"/>, due by the rule in force on its UK date; no rule in force
/// then, no clock (the duty did not exist yet). Started again by a correction, it keeps its extensions and its stop.
/// </summary>
public sealed record StartClock(string Measure, int Episode, DateTimeOffset StartAt) : StepClockChange(Measure)
{
    public override ClockChange Undone => new RemoveClock(Measure, Episode);
}

/// <summary>Removes the episode's clock: the step that started it is withdrawn.</summary>
public sealed record RemoveClock(string Measure, int Episode) : ClockChange(Measure);

/// <summary>
/// Stops the episode's clock at <see cref="StoppedAt"/>. The first step to stop a clock stops it; a later one (a
/// second assessment on the same referral, a new decision after an overturned one) leaves it, unless it corrects
/// that first step.
/// </summary>
public sealed record StopClock(string Measure, int Episode, DateTimeOffset StoppedAt) : StepClockChange(Measure)
{
    public override ClockChange Undone => new ReopenClock(Measure, Episode);
}

/// <summary>Reopens the episode's clock if, and only if, the step withdrawn is the one that stopped it.</summary>
public sealed record ReopenClock(string Measure, int Episode) : ClockChange(Measure);

/// <summary>Stops every clock of the measure still running that started by <see cref="StoppedAt"/>, whatever its episode.</summary>
public sealed record StopOpenClocks(string Measure, DateTimeOffset StoppedAt) : StepClockChange(Measure)
{
    public override ClockChange Undone => new ReopenClocksItStopped(Measure);
}

/// <summary>Reopens every clock of the measure the withdrawn step stopped.</summary>
public sealed record ReopenClocksItStopped(string Measure) : ClockChange(Measure);

/// <summary>The episode's clock, while not stopped, is no longer due from <see cref="From"/>; a stopped clock keeps its result.</summary>
public sealed record NotDueFrom(string Measure, int Episode, DateTimeOffset From) : StepClockChange(Measure)
{
    public override ClockChange Undone => new DueAgain(Measure, Episode);
}

/// <summary>The episode's clock, while not stopped, is due again (or stays due).</summary>
public sealed record DueAgain(string Measure, int Episode) : StepClockChange(Measure)
{
    public override ClockChange Undone => this;
}

/// <summary>Every clock of the measure not yet stopped, whatever its episode, is no longer due from <see cref="From"/>.</summary>
public sealed record OpenClocksNotDueFrom(string Measure, DateTimeOffset From) : StepClockChange(Measure)
{
    public override ClockChange Undone => new OpenClocksDueAgain(Measure);
}

/// <summary>Every clock of the measure not yet stopped is due again.</summary>
public sealed record OpenClocksDueAgain(string Measure) : ClockChange(Measure);

/// <summary>Moves the episode's due date on by whole days (back, when negative): an extension.</summary>
public sealed record MoveDueDate(string Measure, int Episode, int Days) : StepClockChange(Measure)
{
    public override ClockChange Undone => this with { Days = -Days };

    /// <summary>A move adds to the due date, so a correction moves it by the difference from the move it replaces.</summary>
    public override StepClockChange Replacing(StepClockChange? before) =>
        before is MoveDueDate replaced && replaced.Measure == Measure ? this with { Days = Days - replaced.Days } : this;
}
