using Journey.Domain.LookedAfter;

namespace Journey.Domain.Ssda903;

/// <summary>
/// One SSDA903 episode: a stretch of a period of care with one legal status and one placement, from the day it
/// started (DECOM) to the day it ceased (DEC), or open. <see cref="Entry"/> is the step that began the period of care
/// and <see cref="Placement"/> the step that began the placement (null while none is recorded), so every item the
/// journey records of them reaches the return. Days are UK days.
/// </summary>
/// <param name="PeriodOfCare">The period of care (the journey's care episode number) the episode belongs to.</param>
/// <param name="Start">DECOM: the day the episode started.</param>
/// <param name="ReasonForNewEpisode">RNE: S, L, P, T, B or U (<see cref="Ssda903.ReasonForNewEpisode"/>).</param>
/// <param name="LegalStatus">LS.</param>
/// <param name="End">DEC: the day the episode ceased, null while open.</param>
/// <param name="ReasonEnded">REC: X1 when a new episode of the same period of care began that day, else the reason the period of care ended.</param>
/// <param name="ReasonPlacementChanged">REASON_PLACE_CHANGE: why the placement this episode records ended, when that ended it.</param>
public sealed record Ssda903Episode(
    int PeriodOfCare,
    DateOnly Start,
    string ReasonForNewEpisode,
    string LegalStatus,
    EnteredCare Entry,
    PlacementStarted? Placement,
    DateOnly? End = null,
    string? ReasonEnded = null,
    string? ReasonPlacementChanged = null)
{
    /// <summary>PLACE: the placement type, null while no placement is recorded.</summary>
    public string? PlacementType => Placement?.PlacementType;

    /// <summary>The episode ended the period of care (not by a new episode the same day).</summary>
    public bool EndsThePeriodOfCare => End is not null && ReasonEnded != Ssda903Codes.NewEpisodeSameDay;
}
