using Journey.Domain.Journeys;

namespace Journey.Domain.Corrections;

/// <summary>
/// Withdraw the fact recorded at stream <see cref="Version"/> as recorded in error. Later steps
/// recorded against it must be withdrawn first; its companion (a discussion's section 47 start, a
/// conference's plan start) goes with it.
/// </summary>
public sealed record WithdrawEvent(long? Version, string? Reason, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().Required(Reason, "reason");
        var fact = FactChecks.Changeable(journey, Version, checks, "withdraw");
        if (fact is null) return checks.Refuse();

        var companion = EpisodeLinks.CompanionOf(journey, fact.Event);
        var dependents = EpisodeLinks.DependentsOf(journey, fact)
            .Concat(companion is null ? [] : EpisodeLinks.DependentsOf(journey, companion))
            .Where(d => d.Version != companion?.Version)
            .OrderBy(d => d.Version)
            .ToArray();
        checks.Require(dependents.Length == 0, "version", "withdraw-later-steps-first",
            $"Later steps were recorded against it; withdraw them first: {string.Join(", ", dependents.Select(d => $"{d.Event.GetType().Name} (version {d.Version})"))}.");
        if (!checks.Any)
            foreach (var v in JourneyReplay.Check(journey, fact.Version, null, now)) checks.Require(false, v.Field, v.Rule, v.Message);

        return checks.Or(() => companion is null
            ? Decision.Accept(new EventWithdrawn(fact.Version, fact.Event, Reason!, now))
            : Decision.Accept(new EventWithdrawn(fact.Version, fact.Event, Reason!, now),
                new EventWithdrawn(companion.Version, companion.Event, Reason!, now)));
    }
}
