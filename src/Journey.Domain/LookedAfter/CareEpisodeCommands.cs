using System.ComponentModel.DataAnnotations;
using Journey.Domain.Journeys;
using Journey.Domain.Reference;
using Journey.Domain.Returns;
using Journey.Domain.Timescales;

namespace Journey.Domain.LookedAfter;

/// <summary>Rules every step within a period of care shares: one open, and the step within it.</summary>
internal static class CareChecks
{
    public static CareEpisodeState? InCare(ChildJourney journey, DateTimeOffset? at, string field, Checks checks, string what) =>
        checks.WithinOpen(journey.OpenCareEpisode, c => c.EnteredAt, at, field, "needs-child-in-care",
            $"A {what} needs the child to be looked after.", "within-the-period-of-care", "the child entered care");
}

public sealed record EnterCare(
    DateTimeOffset? EnteredAt,
    string? LegalStatus,
    bool? Planned,
    bool Uasc = false,
    long? ExpectedVersion = null,
    string? CategoryOfNeed = null,
    string? HomePostcode = null,
    string? PreviousPermanence = null,
    string? PreviousPermanenceAuthority = null,
    DateOnly? PreviousPermanenceDate = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(EnteredAt, now, "enteredAt").Code(CodeLists.LegalStatus, LegalStatus, "legalStatus")
            .Required(Planned, "planned")
            .Require(journey.Contacts.Count > 0, "enteredAt", "care-needs-contact", "Entering care follows a contact; record the contact first.")
            .Require(journey.OpenCareEpisode is null, "enteredAt", "one-period-of-care-at-a-time",
                $"The child is already looked after (period of care {journey.OpenCareEpisode?.Number}).")
            .Require(EnteredAt is null || journey.CareEpisodes.All(c => c.LeftAt is null || EnteredAt >= c.LeftAt), "enteredAt",
                "one-period-of-care-at-a-time", "That date falls before an earlier period of care ended.");
        if (journey.Contacts.FirstOrDefault() is { } contact)
            checks.NotBefore(EnteredAt, contact.ReceivedAt, "enteredAt", "care-after-contact", "the first contact was received");
        PreviousPermanenceChecks.Check(this, checks);
        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new EnteredCare(journey.NextNumber<EnteredCare>(), EnteredAt!.Value, LegalStatus!, Planned!.Value, Uasc,
            CategoryOfNeed, HomePostcode, PreviousPermanence, PreviousPermanenceAuthority, PreviousPermanenceDate))), "enteredAt", "legalStatus");
    }
}

/// <summary>
/// What the SSDA903 asks of a child starting to be looked after, beside the legal status: the category
/// of need (episode CIN, rule 145), the home postcode (HOME_POST, checked against the ONS directory by
/// rule 392c, so a postcode's form is checked here) and any previous permanence option (PREV_PERM, LA_PERM,
/// DATE_PERM: rules 631, 633; an authority or date only with an option other than Z1, rule 635; the
/// order made before this period of care began, rule 632).
/// </summary>
internal static class PreviousPermanenceChecks
{
    public static void Check(EnterCare command, Checks checks)
    {
        checks.Code(CodeLists.CategoryOfNeed, command.CategoryOfNeed, "categoryOfNeed", optional: true)
            .Add(Postcode.Check(command.HomePostcode, "homePostcode"))
            .Code(CodeLists.PreviousPermanence, command.PreviousPermanence, "previousPermanence", optional: true)
            .Code(CodeLists.PreviousPermanenceAuthority, command.PreviousPermanenceAuthority, "previousPermanenceAuthority", optional: true)
            .Require((command.PreviousPermanenceAuthority is null && command.PreviousPermanenceDate is null)
                     || command.PreviousPermanence is not (null or "Z1"), "previousPermanence", "previous-permanence-option-with-details",
                "previousPermanenceAuthority and previousPermanenceDate are given with the option arranged (previousPermanence P1 to P4).");
        if (command.EnteredAt is { } entered)
            checks.Require(command.PreviousPermanenceDate is null || command.PreviousPermanenceDate < UkTime.DateOf(entered), "previousPermanenceDate",
                "previous-permanence-before-care", $"previousPermanenceDate ({command.PreviousPermanenceDate:yyyy-MM-dd}) is not before the child entered care.");
    }
}

public sealed record ChangeLegalStatus(DateTimeOffset? ChangedAt, string? LegalStatus, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(ChangedAt, now, "changedAt").Code(CodeLists.LegalStatus, LegalStatus, "legalStatus");
        var episode = CareChecks.InCare(journey, ChangedAt, "changedAt", checks, "change of legal status");
        checks.Require(episode is null || episode.LegalStatus != LegalStatus, "legalStatus", "changes-the-legal-status",
            $"The legal status is already {LegalStatus}.");
        if (episode is not null && episode.LegalStatusSince > episode.EnteredAt)
            checks.NotBefore(ChangedAt, episode.LegalStatusSince, "changedAt", "after-the-last-change", "the legal status last changed");
        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new LegalStatusChanged(episode!.Number, ChangedAt!.Value, LegalStatus!))), "changedAt", "legalStatus");
    }
}

public sealed record StartPlacement(
    DateTimeOffset? StartedAt,
    string? PlacementType,
    [property: MaxLength(FieldLimits.Name)] string? Provider = null,
    bool OutOfArea = false,
    string? ReasonForChange = null,
    long? ExpectedVersion = null,
    bool? ProviderRegistered = null,
    string? PlacementProvider = null,
    string? Postcode = null,
    string? Urn = null,
    bool? FosteringForAdoption = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(StartedAt, now, "startedAt").Code(CodeLists.PlacementType, PlacementType, "placementType")
            .Require(Provider is null || Provider.Length <= 200, "provider", "max-length", "provider must be at most 200 characters.")
            .Code(CodeLists.PlacementProvider, PlacementProvider, "placementProvider", optional: true)
            .Add(Reference.Postcode.Check(Postcode, "postcode"), ProviderIdentifiers.CheckUrn(Urn, "urn"));
        if (StartedAt is { } started && PlacementKinds.WithdrawnFor(PlacementType, UkTime.DateOf(started)) is { } withdrawn)
            checks.Require(false, "placementType", "ssda903-placement-type-withdrawn",
                $"placementType {PlacementType} is not used for placements from {withdrawn.From:d MMMM yyyy} (SSDA903 2025-26, validation rule 146); use {withdrawn.Instead}.");
        var episode = CareChecks.InCare(journey, StartedAt, "startedAt", checks, "placement");
        if (episode?.LastPlacementStartedAt is { } previous)
        {
            checks.Code(CodeLists.PlacementChangeReason, ReasonForChange, "reasonForChange")
                .NotBefore(StartedAt, previous, "startedAt", "after-the-previous-placement", "the previous placement started");
        }
        else
        {
            checks.Require(ReasonForChange is null, "reasonForChange", "first-placement-has-no-change-reason",
                "The first placement of a period of care is not a change; leave reasonForChange out.");
        }
        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new PlacementStarted(journey.NextNumber<PlacementStarted>(), episode!.Number,
            StartedAt!.Value, PlacementType!, Provider, OutOfArea, ReasonForChange, ProviderRegistered, PlacementProvider, Postcode, Urn, FosteringForAdoption))),
            "startedAt", "placementType", "placementProvider");
    }
}

public sealed record HoldLookedAfterReview(DateTimeOffset? HeldAt, string? Participation, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(HeldAt, now, "heldAt").Code(CodeLists.ReviewParticipation, Participation, "participation");
        var episode = CareChecks.InCare(journey, HeldAt, "heldAt", checks, "looked-after review");
        return checks.Or(() => Decision.Accept(new LookedAfterReviewHeld(episode!.Number, HeldAt!.Value, Participation!)));
    }
}

public sealed record RecordLookedAfterVisit(DateTimeOffset? VisitedAt, bool? ChildSeen, bool? ChildSeenAlone, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(VisitedAt, now, "visitedAt").ChildSeen(ChildSeen, ChildSeenAlone);
        var episode = CareChecks.InCare(journey, VisitedAt, "visitedAt", checks, "looked-after visit");
        return checks.Or(() => Decision.Accept(new LookedAfterVisitMade(episode!.Number, VisitedAt!.Value, ChildSeen!.Value, ChildSeenAlone!.Value)));
    }
}

public sealed record RecordHealthAssessment(
    DateTimeOffset? CompletedAt,
    HealthAssessmentKind? Kind,
    long? ExpectedVersion = null,
    bool? ImmunisationsUpToDate = null,
    bool? DevelopmentChecksUpToDate = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(CompletedAt, now, "completedAt").OneOf(Kind, "kind");
        var episode = CareChecks.InCare(journey, CompletedAt, "completedAt", checks, "health assessment");
        checks.Require(Kind != HealthAssessmentKind.Initial || episode is null || !episode.InitialHealthAssessmentDone, "kind",
            "one-initial-health-assessment", "This period of care already has its initial health assessment; later ones are reviews.")
            // The SSDA903 OC2's IMMUNISATIONS and HEALTH_CHECK are what a health assessment finds, not a dental check.
            .Require(Kind != HealthAssessmentKind.DentalCheck || (ImmunisationsUpToDate is null && DevelopmentChecksUpToDate is null), "kind",
                "health-items-with-a-health-assessment", "Immunisations and development checks are recorded with an initial or review health assessment, not a dental check.");
        return checks.Or(() => Decision.Accept(new HealthAssessmentCompleted(episode!.Number, CompletedAt!.Value, Kind!.Value,
            ImmunisationsUpToDate, DevelopmentChecksUpToDate)));
    }
}

public sealed record RecordPersonalEducationPlan(DateTimeOffset? RecordedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(RecordedAt, now, "recordedAt");
        var episode = CareChecks.InCare(journey, RecordedAt, "recordedAt", checks, "personal education plan");
        return checks.Or(() => Decision.Accept(new PersonalEducationPlanRecorded(episode!.Number, RecordedAt!.Value)));
    }
}

public sealed record LeaveCare(DateTimeOffset? LeftAt, string? ReasonCeased, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(LeftAt, now, "leftAt").Code(CodeLists.ReasonEpisodeCeased, ReasonCeased, "reasonCeased");
        var episode = CareChecks.InCare(journey, LeftAt, "leftAt", checks, "leaving care");
        if (episode?.LastPlacementStartedAt is { } placed)
            checks.NotBefore(LeftAt, placed, "leftAt", "after-the-last-placement", "the last placement started");
        if (episode is not null && episode.LastStepAt > episode.EnteredAt)
            checks.NotBefore(LeftAt, episode.LastStepAt, "leftAt", "after-the-last-step-in-care", "the last step recorded in this period of care");
        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new LeftCare(episode!.Number, LeftAt!.Value, ReasonCeased!))), "leftAt", "reasonCeased");
    }
}
