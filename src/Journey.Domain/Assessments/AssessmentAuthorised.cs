using Journey.Domain.Journeys;

namespace Journey.Domain.Assessments;

/// <summary>A manager authorised the completed assessment. This stops the assessment clock.</summary>
public sealed record AssessmentAuthorised(
    int AssessmentNumber,
    int ReferralNumber,
    DateTimeOffset OccurredAt,
    string AuthorisedBy) : IJourneyEvent;

/// <summary>Authorise an assessment; without <see cref="AssessmentNumber"/>, the one in progress.</summary>
public sealed record AuthoriseAssessment(
    DateTimeOffset? AuthorisedAt,
    string? AuthorisedBy,
    int? AssessmentNumber = null,
    long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var assessment = AssessmentNumber is { } n
            ? journey.Assessments.FirstOrDefault(a => a.Number == n)
            : journey.Assessments.LastOrDefault(a => a.AuthorisedAt is null);
        var checks = new Checks()
            .NotInFuture(AuthorisedAt, now, "authorisedAt")
            .Required(AuthorisedBy, "authorisedBy", 200)
            .Require(assessment is not null, "assessmentNumber", "authorise-started-assessment",
                AssessmentNumber is { } missing ? $"Assessment {missing} is not on this child's record." : "No assessment is in progress to authorise.")
            .Require(assessment?.AuthorisedAt is null, "assessmentNumber", "authorise-once",
                $"Assessment {assessment?.Number} is already authorised.");
        if (assessment is not null)
            checks.NotBefore(AuthorisedAt, assessment.StartedAt, "authorisedAt", "authorised-after-start", $"assessment {assessment.Number} started");
        if (assessment?.CompletedAt is { } completed)
            checks.NotBefore(AuthorisedAt, completed, "authorisedAt", "authorised-after-completion", $"assessment {assessment.Number} was completed");

        return checks.Or(() => Decision.Accept(
            new AssessmentAuthorised(assessment!.Number, assessment.ReferralNumber, AuthorisedAt!.Value, AuthorisedBy!)));
    }
}
