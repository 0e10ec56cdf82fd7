using Journey.Domain.Journeys;

namespace Journey.Domain.Protection;

/// <summary>A multi-agency strategy discussion was held. Several may be held; one may initiate a section 47 enquiry.</summary>
public sealed record StrategyDiscussionHeld(
    int DiscussionNumber,
    DateTimeOffset OccurredAt,
    bool InitiatesSection47,
    string? Outcome,
    IReadOnlyList<string>? Attendees = null,
    IReadOnlyList<string>? InvitedButAbsent = null,
    bool? MedicalExamination = null) : IJourneyEvent;

/// <summary>
/// Record a strategy discussion. When it initiates a section 47 enquiry the enquiry starts with it:
/// the enquiry's start date is the discussion's date (CIN census S47ActualStartDate), so both
/// events are appended together.
/// </summary>
public sealed record HoldStrategyDiscussion(
    DateTimeOffset? HeldAt,
    bool? InitiatesSection47,
    string? Outcome = null,
    long? ExpectedVersion = null,
    IReadOnlyList<string>? Attendees = null,
    IReadOnlyList<string>? InvitedButAbsent = null,
    bool? MedicalExamination = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var open = journey.OpenEnquiry;
        var checks = new Checks()
            .NotInFuture(HeldAt, now, "heldAt")
            .CaseOpen(journey, HeldAt, "heldAt")
            .Required(InitiatesSection47, "initiatesSection47")
            .Require(journey.Contacts.Count > 0, "heldAt", "discussion-needs-contact",
                "A strategy discussion follows a contact; record the contact first.")
            .Require(InitiatesSection47 != true || open is null, "initiatesSection47", "one-open-section-47",
                $"Section 47 enquiry {open?.Number} is still open; conclude it before another discussion initiates one.")
            .Require(Outcome is null || Outcome.Length <= 2000, "outcome", "max-length", "outcome must be at most 2000 characters.")
            .Names(Attendees, "attendees").Names(InvitedButAbsent, "invitedButAbsent");
        var firstContact = journey.Contacts.FirstOrDefault();
        if (firstContact is not null)
            checks.NotBefore(HeldAt, firstContact.ReceivedAt, "heldAt", "discussion-after-contact", "the first contact was received");

        return checks.Or(() =>
        {
            var discussion = new StrategyDiscussionHeld(journey.NextNumber<StrategyDiscussionHeld>(), HeldAt!.Value, InitiatesSection47!.Value, Outcome,
                Attendees, InvitedButAbsent, MedicalExamination);
            return InitiatesSection47!.Value
                ? Decision.Accept(discussion,
                    new Section47Started(journey.NextNumber<Section47Started>(), discussion.DiscussionNumber, discussion.OccurredAt))
                : Decision.Accept(discussion);
        });
    }
}
