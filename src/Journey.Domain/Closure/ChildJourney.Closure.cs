using Journey.Domain.Closure;

namespace Journey.Domain.Journeys;

/// <summary>
/// Closure's part of the journey's fold (decision 113): when the case was closed. A later referral opens it again
/// (the front door's fold, which moves the closure into <see cref="ClosedPeriods"/>).
/// </summary>
public sealed partial class ChildJourney
{
    /// <summary>When the case was last closed, unless a referral has opened it again since.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Times the case stood closed before a later referral opened it again.</summary>
    public List<ClosedPeriod> ClosedPeriods { get; set; } = [];

    internal void FoldClosure(IJourneyEvent e)
    {
        if (e is CaseClosed x) ClosedAt = x.OccurredAt;
    }
}

public sealed record ClosedPeriod(DateTimeOffset From, DateTimeOffset To);
