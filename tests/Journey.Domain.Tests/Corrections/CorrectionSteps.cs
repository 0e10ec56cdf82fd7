using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;

namespace Journey.Domain.Tests.Corrections;

/// <summary>Corrections and withdrawals as builder steps, and a look-up of what a stream version holds.</summary>
internal static class CorrectionSteps
{
    public const string Reason = "Recorded in error";

    public static JourneyBuilder Corrected(this JourneyBuilder builder, long version, IJourneyEvent replacement, string reason = Reason) =>
        builder.Apply(new CorrectEvent(version, replacement, reason));

    public static JourneyBuilder Withdrawn(this JourneyBuilder builder, long version, string reason = Reason) =>
        builder.Apply(new WithdrawEvent(version, reason));

    /// <summary>The event appended at stream <paramref name="version"/> (versions start at 1), as first appended.</summary>
    public static T At<T>(this JourneyBuilder builder, long version) where T : IJourneyEvent =>
        builder.Events[(int)version - 1].ShouldBeOfType<T>();
}
