using Journey.Domain.Journeys;

namespace Journey.Domain.LookedAfter;

public enum HealthAssessmentKind { Initial, Review, DentalCheck }

/// <summary>
/// The child became looked after. <see cref="LegalStatus"/> is an SSDA903 legal status (C1, C2, V2, ...);
/// the category of need (SSDA903 CIN, N1..N8), the home postcode and any previous permanence option are
/// what the SSDA903 asks at the start of a period of care, optional since periods recorded before they
/// were asked lack them (decision 79).
/// </summary>
public sealed record EnteredCare(
    int CareEpisodeNumber,
    DateTimeOffset OccurredAt,
    string LegalStatus,
    bool Planned,
    bool Uasc,
    string? CategoryOfNeed = null,
    string? HomePostcode = null,
    string? PreviousPermanence = null,
    string? PreviousPermanenceAuthority = null,
    DateOnly? PreviousPermanenceDate = null) : IJourneyEvent;

/// <summary>The legal basis of the child's care changed (a new SSDA903 episode).</summary>
public sealed record LegalStatusChanged(int CareEpisodeNumber, DateTimeOffset OccurredAt, string LegalStatus) : IJourneyEvent;

/// <summary>
/// The child moved into a placement (a new SSDA903 episode); the previous placement of the same
/// period of care ends with it. <see cref="ReasonForChange"/> is given for every placement after the first.
/// <see cref="PlacementProvider"/> (PR0..PR5), <see cref="Postcode"/>, <see cref="Urn"/> (Ofsted) and
/// whether it is a fostering-for-adoption placement are what the SSDA903 and Annex A carry of it,
/// optional for placements recorded before they were asked (decision 79).
/// </summary>
public sealed record PlacementStarted(
    int PlacementNumber,
    int CareEpisodeNumber,
    DateTimeOffset OccurredAt,
    string PlacementType,
    string? Provider,
    bool OutOfArea,
    string? ReasonForChange,
    bool? ProviderRegistered = null,
    string? PlacementProvider = null,
    string? Postcode = null,
    string? Urn = null,
    bool? FosteringForAdoption = null) : IJourneyEvent;

/// <summary>A looked-after review was held; <see cref="Participation"/> is the SSDA903 code PN0..PN7.</summary>
public sealed record LookedAfterReviewHeld(int CareEpisodeNumber, DateTimeOffset OccurredAt, string Participation) : IJourneyEvent;

/// <summary>A social worker visited a looked-after child.</summary>
public sealed record LookedAfterVisitMade(int CareEpisodeNumber, DateTimeOffset OccurredAt, bool ChildSeen, bool ChildSeenAlone) : IJourneyEvent;

/// <summary>
/// An initial or review health assessment (or a dental check) was completed; with what the SSDA903 OC2
/// asks of it: whether the child's immunisations and (under 5) development checks are up to date.
/// </summary>
public sealed record HealthAssessmentCompleted(
    int CareEpisodeNumber,
    DateTimeOffset OccurredAt,
    HealthAssessmentKind Kind,
    bool? ImmunisationsUpToDate = null,
    bool? DevelopmentChecksUpToDate = null) : IJourneyEvent;

/// <summary>A personal education plan was completed or reviewed.</summary>
public sealed record PersonalEducationPlanRecorded(int CareEpisodeNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>The child stopped being looked after; <see cref="ReasonCeased"/> is an SSDA903 reason episode ceased.</summary>
public sealed record LeftCare(int CareEpisodeNumber, DateTimeOffset OccurredAt, string ReasonCeased) : IJourneyEvent;
