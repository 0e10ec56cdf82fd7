using Journey.Domain.Journeys;

namespace Journey.Domain.Safeguarding;

/// <summary>A 16 or 17 year old presented as homeless: were their rights under section 20 explained, and was a joint housing assessment done?</summary>
public sealed record HomelessPresentationMade(DateTimeOffset OccurredAt, bool Section20RightsExplained, bool JointHousingAssessment) : IJourneyEvent;

public sealed record RecordHomelessPresentation(DateTimeOffset? PresentedAt, bool? Section20RightsExplained, bool? JointHousingAssessment, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now) =>
        new Checks().NotInFuture(PresentedAt, now, "presentedAt").Required(Section20RightsExplained, "section20RightsExplained")
            .Required(JointHousingAssessment, "jointHousingAssessment")
            .Or(() => Decision.Accept(new HomelessPresentationMade(PresentedAt!.Value, Section20RightsExplained!.Value, JointHousingAssessment!.Value)));
}
