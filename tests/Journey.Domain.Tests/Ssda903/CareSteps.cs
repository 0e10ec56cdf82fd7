using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Ssda903;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Ssda903;

/// <summary>
/// The care steps an SSDA903 episode is derived from, written as the events a journey holds (period of care 1 unless
/// given), and the episodes written back as one line each, so a test reads "given these events, these episodes".
/// Instants carry their UK offset: 10:00+01:00 is 10:00 on that UK day in summer time.
/// </summary>
internal static class CareSteps
{
    public static EnteredCare Entered(string at, string legalStatus = "C2", int period = 1, bool uasc = false) =>
        new(period, At(at), legalStatus, Planned: true, uasc);

    public static LegalStatusChanged Status(string at, string legalStatus, int period = 1) => new(period, At(at), legalStatus);

    public static PlacementStarted Placed(string at, string type = "U6", string? reason = null, int period = 1, int number = 1) =>
        new(number, period, At(at), type, Provider: null, OutOfArea: false, reason);

    public static LeftCare Left(string at, string reason = "E4A", int period = 1) => new(period, At(at), reason);

    /// <summary>Each episode as DECOM RNE LS PLACE DEC REC REASON_PLACE_CHANGE, blanks as "-".</summary>
    public static string[] Lines(IEnumerable<Ssda903Episode> episodes) =>
        episodes.Select(e => string.Join(' ', e.Start.ToString("yyyy-MM-dd"), e.ReasonForNewEpisode, e.LegalStatus, e.PlacementType ?? "-",
            e.End?.ToString("yyyy-MM-dd") ?? "-", e.ReasonEnded ?? "-", e.ReasonPlacementChanged ?? "-")).ToArray();

    public static string[] Derived(params IJourneyEvent[] facts) => Lines(Ssda903Episodes.Derive(facts));
}
