using System.Globalization;

namespace Journey.Domain.Tests.Scenarios;

/// <summary>Fixed instants so every expected event can be written out exactly.</summary>
internal static class Moments
{
    /// <summary>The clock the rules are decided against, unless a test says otherwise.</summary>
    public static readonly DateTimeOffset Now = At("2025-06-02T12:00:00+01:00");

    /// <summary>A Monday morning well before <see cref="Now"/>, where journeys start.</summary>
    public static readonly DateTimeOffset Day1 = At("2025-03-03T09:00:00+00:00");

    public static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    /// <summary>ISO 8601 with an offset, e.g. 2025-03-03T09:00:00+00:00.</summary>
    public static DateTimeOffset At(string iso) =>
        DateTimeOffset.ParseExact(iso, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// The last instant the rules still accept: now plus the one minute of clock skew forgiven
    /// (written out, not read from Checks, so a change to the allowance is noticed).
    /// </summary>
    public static DateTimeOffset JustInsideSkew => Now + TimeSpan.FromMinutes(1);

    /// <summary>The first instant the rules refuse as being in the future.</summary>
    public static DateTimeOffset JustOutsideSkew => JustInsideSkew + Tick;
}
