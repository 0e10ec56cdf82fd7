using Journey.Domain.Journeys;

namespace Journey.Domain.Protection;

/// <summary>
/// A section 47 enquiry started, on the date of the strategy discussion that initiated it.
/// Appended only together with that <see cref="StrategyDiscussionHeld"/>.
/// </summary>
public sealed record Section47Started(int EnquiryNumber, int StrategyDiscussionNumber, DateTimeOffset OccurredAt) : IJourneyEvent;
