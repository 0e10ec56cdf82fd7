using Journey.Domain.Journeys;

namespace Journey.Domain.Assessments;

/// <summary>
/// Assessments: the steps this capability records, its part of the journey's fold and its clocks (decisions 114, 116). It holds
/// assessments started, completed and authorised.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class AssessmentCapability
{
    public static readonly JourneyCapability Declaration = new("Assessments",
        [
            new(typeof(AssessmentStarted), typeof(StartAssessment), "startedAt", "Assessment"),
            new(typeof(AssessmentCompleted), typeof(CompleteAssessment), "completedAt", "Assessment"),
            new(typeof(AssessmentAuthorised), typeof(AuthoriseAssessment), "authorisedAt", "Assessment"),
        ],
        (journey, e) => journey.FoldAssessments(e),
        Clocks: AssessmentClocks.Declaration);
}
