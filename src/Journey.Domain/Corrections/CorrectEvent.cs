using Journey.Domain.Journeys;
using Journey.Domain.Protection;

namespace Journey.Domain.Corrections;

/// <summary>
/// Correct the fact recorded at stream <see cref="Version"/> with <see cref="Replacement"/>: the
/// same kind of fact, keeping its episode numbers. A discussion's section 47 start and a
/// conference's plan start move with it.
/// </summary>
public sealed record CorrectEvent(
    long? Version,
    IJourneyEvent? Replacement,
    string? Reason,
    long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().Required(Reason, "reason");
        var fact = FactChecks.Changeable(journey, Version, checks, "correct");
        checks.Require(Replacement is not null, "replacement", "required", "replacement is required: the fact as it should have been recorded.");
        if (fact is null || Replacement is null) return checks.Refuse();

        var original = fact.Event;
        if (Replacement.GetType() != original.GetType())
            return checks.Require(false, "replacement", "same-kind-of-fact",
                $"The fact at version {fact.Version} is a {original.GetType().Name}; withdraw it and record the right step instead.").Refuse();

        checks.Require(EpisodeLinks.NumbersOf(Replacement).SequenceEqual(EpisodeLinks.NumbersOf(original)), "replacement", "keeps-episode-numbers",
                $"A correction keeps the fact's numbers ({string.Join(", ", EpisodeLinks.NumbersOf(original).Select(n => $"{n.Key} {n.Value}"))}).")
            .NotInFuture(Replacement.OccurredAt, now, "replacement.occurredAt")
            .Require(!SameFact(Replacement, original), "replacement", "changes-something", "The replacement is the same as the fact as it stands.");
        FactChecks.CheckCodes(Replacement, checks);
        if (journey.Finalised.TryGetValue(fact.Version, out var finalisedAt))
            checks.Require(Replacement.OccurredAt <= finalisedAt, "replacement.occurredAt", "finalised-after-it-happened",
                $"Its written record was finalised at {finalisedAt:O}; the step cannot have happened after that.");
        FactChecks.CheckRequiredText(Replacement, checks);
        // The replacement is held to the limits of the command that records it, as the step was when first recorded.
        if (StepCommands.FromFact(Replacement) is { } asRecorded)
            foreach (var limit in FieldLimits.Check(asRecorded))
                checks.Require(false, $"replacement.{limit.Field}", limit.Rule, $"replacement.{limit.Message}");
        CheckCompanionStaysTheSame(original, Replacement, checks);
        if (!checks.Any)
            foreach (var v in JourneyReplay.Check(journey, fact.Version, Replacement, now)) checks.Require(false, v.Field, v.Rule, v.Message);

        return checks.Or(() =>
        {
            var events = new List<IJourneyEvent> { new EventCorrected(fact.Version, original, Replacement, Reason!, now) };
            if (EpisodeLinks.CompanionOf(journey, original) is { } companion && MovedCompanion(companion.Event, Replacement) is { } moved
                && !moved.Equals(companion.Event))
                events.Add(new EventCorrected(companion.Version, companion.Event, moved, Reason!, now));
            return Decision.Accept(events.ToArray());
        });
    }

    /// <summary>Compared as written, so facts holding lists compare by their contents.</summary>
    private static bool SameFact(IJourneyEvent a, IJourneyEvent b) =>
        System.Text.Json.JsonSerializer.Serialize(a, a.GetType(), StepCommands.Json) == System.Text.Json.JsonSerializer.Serialize(b, b.GetType(), StepCommands.Json);

    /// <summary>Whether a discussion started an enquiry, or a conference a plan, is changed by withdrawing, not correcting.</summary>
    private static void CheckCompanionStaysTheSame(IJourneyEvent original, IJourneyEvent replacement, Checks checks)
    {
        if (original is StrategyDiscussionHeld d && replacement is StrategyDiscussionHeld r)
            checks.Require(d.InitiatesSection47 == r.InitiatesSection47, "replacement.initiatesSection47", "withdraw-to-change-what-it-started",
                "Whether the discussion initiated a section 47 enquiry is changed by withdrawing it and recording it again.");
        if (original is InitialConferenceHeld c && replacement is InitialConferenceHeld rc)
            checks.Require(c.PlanRequired == rc.PlanRequired, "replacement.planRequired", "withdraw-to-change-what-it-started",
                "Whether the conference decided on a plan is changed by withdrawing it and recording it again.");
    }

    private static IJourneyEvent? MovedCompanion(IJourneyEvent companion, IJourneyEvent replacement) => (companion, replacement) switch
    {
        (Section47Started s, StrategyDiscussionHeld d) => s with { OccurredAt = d.OccurredAt },
        (ProtectionPlanStarted p, InitialConferenceHeld c) => p with { OccurredAt = c.OccurredAt, Category = c.Category ?? p.Category },
        _ => null,
    };
}
