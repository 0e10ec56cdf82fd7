using Journey.Domain.Journeys;
using Journey.Domain.Reference;
using Journey.Domain.Returns;

namespace Journey.Domain.Protection;

/// <summary>
/// An initial child protection conference was held for a section 47 enquiry that asked for one.
/// <see cref="Category"/> is the CIN abuse category (NEG, PHY, SAB, EMO, MUL) when a plan is needed.
/// </summary>
public sealed record InitialConferenceHeld(
    int ConferenceNumber,
    int EnquiryNumber,
    DateTimeOffset OccurredAt,
    bool PlanRequired,
    string? Category,
    IReadOnlyList<string>? Attendees = null,
    bool? ChildInvited = null,
    bool? ChildAttended = null) : IJourneyEvent;

/// <summary>
/// Record an initial conference. When it decides on a plan, the child protection plan starts the
/// same day (Working Together), so both events are appended together.
/// </summary>
public sealed record HoldInitialConference(
    DateTimeOffset? HeldAt,
    bool? PlanRequired,
    string? Category = null,
    long? ExpectedVersion = null,
    IReadOnlyList<string>? Attendees = null,
    bool? ChildInvited = null,
    bool? ChildAttended = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var enquiry = journey.EnquiryAwaitingConference;
        var checks = new Checks()
            .NotInFuture(HeldAt, now, "heldAt")
            .Required(PlanRequired, "planRequired")
            .Require(enquiry is not null, "heldAt", "conference-needs-section-47-asking-for-one",
                "An initial conference needs a section 47 enquiry that concluded asking for one.")
            .Require(journey.OpenPlan is null, "planRequired", "no-initial-conference-during-plan",
                $"Child protection plan {journey.OpenPlan?.Number} is still open; its reviews are review conferences.")
            .Require(PlanRequired != true || journey.OpenChildInNeedPlan is null, "planRequired", "end-the-child-in-need-plan-first",
                $"Child in need plan {journey.OpenChildInNeedPlan?.Number} is open; end it before a protection plan starts, as the two cannot overlap.")
            .Require(PlanRequired != true || HeldAt is null || !journey.ChildInNeedPlans.Any(p => p.EndedAt > HeldAt), "planRequired",
                "end-the-child-in-need-plan-first", "A child in need plan was still open on that date; the plans cannot overlap.")
            .Require(PlanRequired != true || CodeLists.Default.Contains(CodeLists.CinAbuseCategory, Category),
                "category", "cin-abuse-category", "category must be a CIN abuse category (NEG, PHY, SAB, EMO, MUL) when a plan is required.")
            .Require(PlanRequired != false || Category is null, "category", "category-only-with-plan",
                "category is given only when the conference decides on a plan.")
            .Names(Attendees, "attendees")
            .Require(ChildAttended != true || ChildInvited == true, "childAttended", "attended-only-if-invited", "A child who attended was invited.");
        if (enquiry is not null)
            checks.NotBefore(HeldAt, enquiry.ConcludedAt!.Value, "heldAt", "conference-after-section-47-concluded",
                $"section 47 enquiry {enquiry.Number} concluded asking for it");

        return EntryRules.Judge(journey, checks.Or(() =>
        {
            var conference = new InitialConferenceHeld(journey.NextNumber<InitialConferenceHeld>(), enquiry!.Number, HeldAt!.Value, PlanRequired!.Value,
                Category, Attendees, ChildInvited, ChildAttended);
            return PlanRequired!.Value
                ? Decision.Accept(conference,
                    new ProtectionPlanStarted(journey.NextPlanNumber(), conference.ConferenceNumber, conference.OccurredAt, Category!))
                : Decision.Accept(conference);
        }), "heldAt");
    }
}
