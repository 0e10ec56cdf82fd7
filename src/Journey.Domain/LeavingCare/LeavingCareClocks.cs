using Journey.Domain.Journeys;

namespace Journey.Domain.LeavingCare;

/// <summary>
/// Leaving care's clocks (decision 116). Both run from a birthday, so no single step starts or stops them: they are
/// worked out again, in SQL, from the date of birth, the periods of care and the stopping steps whenever one of those
/// changes (Journey.Projections/Children/AgeClockSchema.cs), and its steps move no clock here.
/// </summary>
public static class LeavingCareClocks
{
    /// <summary>A personal adviser allocated by the 18th birthday, for a child looked after at or after 16.</summary>
    public const string PersonalAdviserAllocated = "personal-adviser-allocated";

    /// <summary>The leaving-care needs assessment within 3 months of the 16th birthday, or of entering care after it.</summary>
    public const string LeavingCareNeedsAssessment = "leaving-care-needs-assessment";

    public static readonly CapabilityClocks Declaration = new([PersonalAdviserAllocated, LeavingCareNeedsAssessment], []);
}
