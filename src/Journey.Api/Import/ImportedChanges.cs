using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;

namespace Journey.Api.Import;

/// <summary>
/// Corrections and withdrawals made in a system migrated from, as import lines (docs/events.md,
/// EventCorrected and EventWithdrawn): the line's occurredAt is when the change was made, and its
/// data names the step changed by kind and time (<see cref="StepReference"/>), since the source
/// system never knew this service's stream versions.
/// </summary>
public static class ImportedChanges
{
    public static readonly JourneyStep Correction = new(typeof(EventCorrected), typeof(CorrectRecordedStep), "correctedAt", "Corrections");
    public static readonly JourneyStep Withdrawal = new(typeof(EventWithdrawn), typeof(WithdrawRecordedStep), "withdrawnAt", "Corrections");

    public static readonly IReadOnlyDictionary<string, JourneyStep> ByEventName =
        new[] { Correction, Withdrawal }.ToDictionary(s => s.Event.Name);

    private sealed record CorrectionData(StepReference? Step, string? Reason, ReplacementData? Replacement);

    /// <param name="OccurredAt">When the step happened as corrected; absent, it keeps the time the step names.</param>
    /// <param name="Data">The step's data as a line recording it gives it, whole (not only what changed).</param>
    private sealed record ReplacementData(DateTimeOffset? OccurredAt, JsonObject? Data);

    private sealed record WithdrawalData(StepReference? Step, string? Reason);

    /// <summary>The change's command, or what is wrong with the line's data (fields named as under data).</summary>
    public static (IJourneyCommand? Command, IReadOnlyList<RuleViolation> Problems) Read(JourneyStep change, JsonObject data, DateTimeOffset changedAt)
    {
        if (change == Withdrawal)
        {
            var (withdrawal, unreadable) = ReadAs<WithdrawalData>(data);
            return withdrawal is null ? (null, unreadable)
                : (new WithdrawRecordedStep(withdrawal.Step ?? new StepReference(null, null), withdrawal.Reason, changedAt), []);
        }
        var (correction, problems) = ReadAs<CorrectionData>(data);
        if (correction is null) return (null, problems);
        var step = correction.Step ?? new StepReference(null, null);
        var (replacement, unreadableReplacement) = Replacement(step, correction.Replacement);
        return unreadableReplacement.Count > 0 ? (null, unreadableReplacement)
            : (new CorrectRecordedStep(step, replacement, correction.Reason, changedAt), []);
    }

    private static (T? Value, IReadOnlyList<RuleViolation> Problems) ReadAs<T>(JsonObject data) where T : class
    {
        try
        {
            return (data.Deserialize<T>(StepCommands.StrictJson)!, []);
        }
        catch (JsonException e)
        {
            return (null, Hosting.RequestProblems.Unreadable(e.Message, typeof(T)));
        }
    }

    /// <summary>
    /// The replacement read as the named step's command, or its data's problems under replacement.data; no command
    /// (refused by the decider as required) when the step or the data is missing.
    /// </summary>
    private static (IJourneyCommand? Command, IReadOnlyList<RuleViolation> Problems) Replacement(StepReference step, ReplacementData? replacement)
    {
        if (replacement?.Data is not { } data || step.Type is null || !JourneySteps.ByEventName.TryGetValue(step.Type, out var named)) return (null, []);
        if ((replacement.OccurredAt ?? step.OccurredAt) is not { } occurredAt) return (null, []);
        try
        {
            return (StepCommands.FromData(named, data, occurredAt, strict: true), []);
        }
        catch (JsonException e)
        {
            return (null, Hosting.RequestProblems.Unreadable(e.Message, named.Command)
                .Select(v => v with { Field = $"replacement.data.{v.Field}", Message = $"replacement.data.{v.Message}" }).ToArray());
        }
    }
}
