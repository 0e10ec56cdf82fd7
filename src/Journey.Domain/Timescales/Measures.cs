namespace Journey.Domain.Timescales;

/// <summary>The measures Journey derives, by the names analysts filter on.</summary>
public static class Measures
{
    /// <summary>Front-door decision within 1 working day of the contact.</summary>
    public const string FrontDoorDecision = "front-door-decision";

    /// <summary>Contact to front-door decision within 24 hours, on the clock.</summary>
    public const string ContactDecision24Hours = "contact-decision-24h";

    /// <summary>Assessment authorised within 45 working days of the referral.</summary>
    public const string Assessment = "assessment";

    /// <summary>Initial child protection conference within 15 working days of the initiating strategy discussion.</summary>
    public const string InitialConference = "initial-conference";

    /// <summary>The case allocated to a worker within 5 working days of the referral.</summary>
    public const string Allocation = "allocation";

    /// <summary>Assessment authorised within 45 working days of its own start (the CIN census count).</summary>
    public const string AssessmentFromStart = "assessment-from-start";

    /// <summary>Care proceedings concluded (final order) within 26 weeks of issue, plus extensions.</summary>
    public const string CareProceedings = "care-proceedings";

    /// <summary>Pre-proceedings concluded within 16 weeks of the decision to enter them (drift).</summary>
    public const string PreProceedings = "pre-proceedings";

    /// <summary>Return home interview within 72 hours of the child's return from missing.</summary>
    public const string ReturnInterview = "return-interview";

    /// <summary>Initial health assessment within 20 working days of entering care.</summary>
    public const string InitialHealthAssessment = "initial-health-assessment";

    /// <summary>Care plan within 10 working days of entering care.</summary>
    public const string CarePlan = "care-plan";

    /// <summary>First looked-after review within 20 working days of entering care.</summary>
    public const string FirstLookedAfterReview = "first-looked-after-review";

    /// <summary>First core group within 10 working days of the initial conference that started the plan.</summary>
    public const string FirstCoreGroup = "first-core-group";

    /// <summary>First review conference within 3 months of the initial conference that started the plan.</summary>
    public const string FirstReviewConference = "first-review-conference";

    /// <summary>
    /// The initial conference counted from the last strategy discussion held for the enquiry before
    /// it (the secondary view; the primary counts from the initiating discussion).
    /// </summary>
    public const string InitialConferenceFromLastDiscussion = "initial-conference-from-last-discussion";

    /// <summary>Life-story book given within 10 working days of the adoption celebration (Adoption NMS 2.7).</summary>
    public const string LifeStoryBook = "life-story-book";

    /// <summary>Later-life letter given within 10 working days of the adoption celebration (Adoption NMS 2.7).</summary>
    public const string LaterLifeLetter = "later-life-letter";

    /// <summary>A personal adviser allocated by the 18th birthday, for a child looked after at or after 16.</summary>
    public const string PersonalAdviserAllocated = "personal-adviser-allocated";

    /// <summary>The leaving-care needs assessment within 3 months of the 16th birthday, or of entering care after it.</summary>
    public const string LeavingCareNeedsAssessment = "leaving-care-needs-assessment";

    public static readonly IReadOnlyList<string> All =
    [
        FrontDoorDecision, ContactDecision24Hours, Allocation, Assessment, AssessmentFromStart, InitialConference, ReturnInterview,
        InitialHealthAssessment, CarePlan, FirstLookedAfterReview, FirstCoreGroup, FirstReviewConference,
        PreProceedings, CareProceedings,
        InitialConferenceFromLastDiscussion,
        LifeStoryBook, LaterLifeLetter,
        PersonalAdviserAllocated, LeavingCareNeedsAssessment,
    ];
}
