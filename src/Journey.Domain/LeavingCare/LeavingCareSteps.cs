using Journey.Domain.Journeys;
using Journey.Domain.Reference;

namespace Journey.Domain.LeavingCare;

/// <summary>A needs assessment for a young person leaving care (due within 3 months of their 16th birthday).</summary>
public sealed record LeavingCareNeedsAssessed(DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>A personal adviser was allocated to a looked-after child or care leaver.</summary>
public sealed record PersonalAdviserAllocated(DateTimeOffset OccurredAt, string Adviser) : IJourneyEvent;

/// <summary>A pathway plan was created, or reviewed (including an update after a change in the young person's life).</summary>
public sealed record PathwayPlanRecorded(DateTimeOffset OccurredAt, bool IsReview, string? ChangePrompting) : IJourneyEvent;

/// <summary>
/// Contact with a care leaver, with the OC3 facts as they stood: in touch (YES, NO, DIED, REFU, NREQ, RHOM),
/// activity (F1..G6) and accommodation (B..Z) with whether it is suitable.
/// </summary>
public sealed record CareLeaverContactMade(DateTimeOffset OccurredAt, string InTouch, string? Activity, string? Accommodation, bool? AccommodationSuitable) : IJourneyEvent;

public sealed record AssessLeavingCareNeeds(DateTimeOffset? AssessedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now) =>
        new Checks().NotInFuture(AssessedAt, now, "assessedAt")
            .Require(journey.EverInCare, "assessedAt", "needs-care-experience", "A leaving care needs assessment is for a looked-after child or care leaver.")
            .Require(AssessedAt is null || journey.FirstEnteredCareAt is null || AssessedAt >= journey.FirstEnteredCareAt, "assessedAt",
                "needs-care-experience", "That date is before the child first entered care.")
            .Or(() => Decision.Accept(new LeavingCareNeedsAssessed(AssessedAt!.Value)));
}

public sealed record AllocatePersonalAdviser(DateTimeOffset? AllocatedAt, string? Adviser, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(AllocatedAt, now, "allocatedAt").Required(Adviser, "adviser", 200)
            .Require(journey.EverInCare, "allocatedAt", "needs-care-experience", "A personal adviser is for a looked-after child or care leaver.");
        if (journey.FirstEnteredCareAt is { } entered)
            checks.NotBefore(AllocatedAt, entered, "allocatedAt", "needs-care-experience", "the child first entered care");
        return checks.Or(() => Decision.Accept(new PersonalAdviserAllocated(AllocatedAt!.Value, Adviser!)));
    }
}

public sealed record RecordPathwayPlan(DateTimeOffset? RecordedAt, bool? IsReview, string? ChangePrompting = null, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(RecordedAt, now, "recordedAt").Required(IsReview, "isReview")
            .Require(journey.EverInCare, "recordedAt", "needs-care-experience", "A pathway plan is for a looked-after child or care leaver.")
            .Require(IsReview != true || journey.PathwayPlanCreated, "isReview", "review-needs-a-plan", "There is no pathway plan to review yet.")
            .Require(IsReview != false || !journey.PathwayPlanCreated, "isReview", "one-pathway-plan", "A pathway plan exists; record a review.")
            .Require(ChangePrompting is null || ChangePrompting.Length <= 500, "changePrompting", "max-length", "changePrompting must be at most 500 characters.");
        if (journey.FirstEnteredCareAt is { } entered)
            checks.NotBefore(RecordedAt, entered, "recordedAt", "needs-care-experience", "the child first entered care");
        if (IsReview == true && journey.PathwayPlanCreatedAt is { } created)
            checks.NotBefore(RecordedAt, created, "isReview", "review-needs-a-plan", "the pathway plan was made");
        return checks.Or(() => Decision.Accept(new PathwayPlanRecorded(RecordedAt!.Value, IsReview!.Value, ChangePrompting)));
    }
}

public sealed record RecordCareLeaverContact(
    DateTimeOffset? ContactedAt,
    string? InTouch,
    string? Activity = null,
    string? Accommodation = null,
    bool? AccommodationSuitable = null,
    long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(ContactedAt, now, "contactedAt")
            .Code(CodeLists.InTouch, InTouch, "inTouch")
            .Code(CodeLists.Activity, Activity, "activity", optional: true)
            .Code(CodeLists.Accommodation, Accommodation, "accommodation", optional: true)
            .Require(Accommodation is null || AccommodationSuitable is not null, "accommodationSuitable", "suitability-with-accommodation",
                "Say whether the accommodation is suitable.")
            .Require(journey.CareEpisodes.Any(c => c.LeftAt is not null) && journey.OpenCareEpisode is null, "contactedAt",
                "needs-care-leaver", "Care leaver contact is for a young person who has left care.");
        if (journey.LastLeftCareAt is { } left)
            checks.NotBefore(ContactedAt, left, "contactedAt", "needs-care-leaver", "the young person left care");
        return checks.Or(() => Decision.Accept(new CareLeaverContactMade(ContactedAt!.Value, InTouch!, Activity, Accommodation, AccommodationSuitable)));
    }
}
