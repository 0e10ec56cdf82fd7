using Weasel.Postgresql.Functions;

namespace Journey.Projections.Recording;

/// <summary>
/// journey.recording_lag(from_date, to_date): for the steps recorded on UK dates from from_date to
/// to_date, per team holding the case when each was recorded ('unallocated' when none did) and
/// step type, with a row per team over all its steps (step_type 'all'): how many, the median and
/// 90th percentile of hours from happening to recording, and how many were recorded later than the
/// rulebook's `recording` rule in force on the day the step happened allows.
/// </summary>
public static class RecordingLagSchema
{
    public const string Measure = "recording";
    public const string AllSteps = "all";
    public static readonly string FunctionName = $"{JourneyStore.Schema}.recording_lag";

    /// <summary>
    /// A step counts as it now stands: withdrawn steps are left out and a corrected step is dated
    /// as corrected; corrections and withdrawals themselves are not steps that happened. Its lag is
    /// from when it happened to when it was first recorded. Working days count as the clocks do:
    /// the working days after the day it happened up to and including the day it was recorded, so a
    /// step recorded at the weekend after a Friday is 0 working days late (recording_lag.sql; its rule is the
    /// rulebook's <see cref="Measure"/>, its row over all steps <see cref="AllSteps"/>).
    /// </summary>
    public static Function Function() => SqlFile.Function(typeof(RecordingLagSchema), "recording_lag");
}
