using Journey.Domain.Journeys;

namespace Journey.Domain.Assessments;

/// <summary>A child and family (single) assessment started for a referral.</summary>
public sealed record AssessmentStarted(int AssessmentNumber, int ReferralNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>Start an assessment; without <see cref="ReferralNumber"/>, for the latest referral.</summary>
public sealed record StartAssessment(
    DateTimeOffset? StartedAt,
    int? ReferralNumber = null,
    long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var referral = ReferralNumber is { } n
            ? journey.Referrals.FirstOrDefault(r => r.Number == n)
            : journey.Referrals.LastOrDefault();
        var checks = new Checks()
            .NotInFuture(StartedAt, now, "startedAt")
            .CaseOpen(journey, StartedAt, "startedAt")
            .Require(referral is not null, "referralNumber", "assessment-needs-referral",
                ReferralNumber is { } missing ? $"Referral {missing} is not on this child's record." : "An assessment needs an accepted referral.")
            .Require(referral is null || journey.Assessments.All(a => a.ReferralNumber != referral.Number || a.AuthorisedAt is not null),
                "referralNumber", "one-open-assessment-per-referral", $"Referral {referral?.Number} already has an assessment in progress.");
        if (referral is not null)
            checks.NotBefore(StartedAt, referral.AcceptedAt, "startedAt", "assessment-after-referral", $"referral {referral.Number} was accepted");

        return checks.Or(() => Decision.Accept(
            new AssessmentStarted(journey.NextNumber<AssessmentStarted>(), referral!.Number, StartedAt!.Value)));
    }
}
