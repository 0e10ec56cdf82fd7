using Journey.Domain.Journeys;

namespace Journey.Domain.Proceedings;

/// <summary>
/// Care proceedings: the steps this capability records, its part of the journey's fold and its clocks (decisions 114, 116). It holds
/// care proceedings, hearings and orders.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class ProceedingsCapability
{
    public static readonly JourneyCapability Declaration = new("Care proceedings",
        [
            new(typeof(CareProceedingsIssued), typeof(IssueCareProceedings), "issuedAt", "Care proceedings"),
            new(typeof(CourtHearingHeld), typeof(HoldCourtHearing), "heldAt", "Care proceedings"),
            new(typeof(InterimOrderMade), typeof(MakeInterimOrder), "madeAt", "Care proceedings"),
            new(typeof(ProceedingsExtended), typeof(ExtendProceedings), "extendedAt", "Care proceedings"),
            new(typeof(FinalOrderMade), typeof(MakeFinalOrder), "madeAt", "Care proceedings"),
        ],
        (journey, e) => journey.FoldProceedings(e),
        Clocks: ProceedingsClocks.Declaration);
}
