using Journey.Domain.Timescales;

namespace Journey.Domain.Journeys;

/// <summary>
/// What one capability declares of the timeliness clocks (decision 116), in its <c>&lt;Capability&gt;Clocks.cs</c>: the
/// measures it names, and what each of its events that moves a clock changes. <see cref="Measures.All"/> and the
/// measures projection's dispatch (<see cref="JourneyClocks"/>) are assembled from these.
/// </summary>
/// <param name="Measures">The measures this capability names (their rules are in seeds/reference/timescale-rules.csv).</param>
/// <param name="Events">The changes each of its events makes; an event not listed moves no clock.</param>
public sealed record CapabilityClocks(IReadOnlyList<string> Measures, IReadOnlyList<EventClocks> Events);

/// <summary>
/// The clock changes one kind of event makes as recorded, and as withdrawn: by default what it made, each change
/// undone (decision 117).
/// </summary>
public sealed record EventClocks(Type Event, Func<IJourneyEvent, IReadOnlyList<StepClockChange>> Changes,
    Func<IJourneyEvent, IReadOnlyList<ClockChange>> Withdrawal)
{
    public static EventClocks On<TEvent>(Func<TEvent, IReadOnlyList<StepClockChange>> changes) where TEvent : IJourneyEvent =>
        new(typeof(TEvent), e => changes((TEvent)e), e => [.. changes((TEvent)e).Select(c => c.Undone)]);

    /// <summary>An event whose withdrawal is written out, because it undoes more than the step as it now stands made.</summary>
    public static EventClocks On<TEvent>(Func<TEvent, IReadOnlyList<StepClockChange>> changes, Func<TEvent, IReadOnlyList<ClockChange>> withdrawal)
        where TEvent : IJourneyEvent =>
        new(typeof(TEvent), e => changes((TEvent)e), e => withdrawal((TEvent)e));
}
