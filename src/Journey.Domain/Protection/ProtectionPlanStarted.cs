using Journey.Domain.Journeys;

namespace Journey.Domain.Protection;

/// <summary>A child protection plan started, on the day of the conference that decided it.</summary>
public sealed record ProtectionPlanStarted(int PlanNumber, int ConferenceNumber, DateTimeOffset OccurredAt, string Category) : IJourneyEvent;
