using Journey.Domain.Assessments;

namespace Journey.Domain.Journeys;

/// <summary>Assessments' part of the journey's fold (decision 113): each assessment, when authorised and completed.</summary>
public sealed partial class ChildJourney
{
    public List<AssessmentState> Assessments { get; set; } = [];

    internal void FoldAssessments(IJourneyEvent e)
    {
        switch (e)
        {
            case AssessmentStarted x: Assessments.Add(new AssessmentState(x.AssessmentNumber, x.ReferralNumber, x.OccurredAt, null)); break;
            case AssessmentAuthorised x: Replace(Assessments, a => a.Number == x.AssessmentNumber, a => a with { AuthorisedAt = x.OccurredAt }); break;
            case AssessmentCompleted x: Replace(Assessments, a => a.Number == x.AssessmentNumber, a => a with { CompletedAt = x.OccurredAt }); break;
        }
    }
}

public sealed record AssessmentState(int Number, int ReferralNumber, DateTimeOffset StartedAt, DateTimeOffset? AuthorisedAt, DateTimeOffset? CompletedAt = null);
