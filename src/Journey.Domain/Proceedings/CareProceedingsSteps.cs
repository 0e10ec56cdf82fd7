using Journey.Domain.Journeys;

namespace Journey.Domain.Proceedings;

public enum InterimOrder { InterimCareOrder, InterimSupervisionOrder, EmergencyProtectionOrder }

public enum FinalOrder { CareOrder, SupervisionOrder, PlacementOrder, SpecialGuardianshipOrder, ChildArrangementsOrder, NoOrder, Withdrawn }

/// <summary>Care proceedings were issued; the case should conclude within 26 weeks (Children Act 1989 s.32).</summary>
public sealed record CareProceedingsIssued(int ProceedingsNumber, DateTimeOffset OccurredAt, bool Emergency) : IJourneyEvent;

public sealed record CourtHearingHeld(int ProceedingsNumber, DateTimeOffset OccurredAt, string Hearing) : IJourneyEvent;

public sealed record InterimOrderMade(int ProceedingsNumber, DateTimeOffset OccurredAt, InterimOrder Order) : IJourneyEvent;

/// <summary>The court extended the 26-week timetable by up to 8 weeks.</summary>
public sealed record ProceedingsExtended(int ProceedingsNumber, DateTimeOffset OccurredAt, int Weeks) : IJourneyEvent;

/// <summary>The final order (or none); the proceedings end.</summary>
public sealed record FinalOrderMade(int ProceedingsNumber, DateTimeOffset OccurredAt, FinalOrder Order) : IJourneyEvent;

internal static class ProceedingsChecks
{
    public static ProceedingsState? Open(ChildJourney journey, DateTimeOffset? at, string field, Checks checks, string what) =>
        checks.WithinOpen(journey.OpenProceedings, p => p.IssuedAt, at, field, "needs-open-proceedings",
            $"A {what} needs care proceedings under way.", "within-the-proceedings", "the proceedings were issued");
}

public sealed record IssueCareProceedings(DateTimeOffset? IssuedAt, bool? Emergency, long? ExpectedVersion = null) : IJourneyCommand
{
    /// <summary>Extensions are for up to eight weeks at a time (Children and Families Act 2014).</summary>
    public const int MaxExtensionWeeks = 8;

    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(IssuedAt, now, "issuedAt").Required(Emergency, "emergency")
            .Require(journey.Contacts.Count > 0, "issuedAt", "proceedings-need-contact", "Care proceedings follow a contact.")
            .Require(journey.OpenProceedings is null, "issuedAt", "one-set-of-proceedings", "Care proceedings are already under way.")
            .Require(IssuedAt is null || journey.Proceedings.All(p => p.FinalOrderAt is null || IssuedAt >= p.FinalOrderAt), "issuedAt",
                "one-set-of-proceedings", "That date falls before earlier proceedings ended.");
        if (journey.Contacts.FirstOrDefault() is { } contact)
            checks.NotBefore(IssuedAt, contact.ReceivedAt, "issuedAt", "proceedings-after-contact", "the first contact was received");
        return checks.Or(() => Decision.Accept(new CareProceedingsIssued(journey.NextNumber<CareProceedingsIssued>(), IssuedAt!.Value, Emergency!.Value)));
    }
}

public sealed record HoldCourtHearing(DateTimeOffset? HeldAt, string? Hearing, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(HeldAt, now, "heldAt").Required(Hearing, "hearing", 200);
        var proceedings = ProceedingsChecks.Open(journey, HeldAt, "heldAt", checks, "hearing");
        return checks.Or(() => Decision.Accept(new CourtHearingHeld(proceedings!.Number, HeldAt!.Value, Hearing!)));
    }
}

public sealed record MakeInterimOrder(DateTimeOffset? MadeAt, InterimOrder? Order, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(MadeAt, now, "madeAt").OneOf(Order, "order");
        var proceedings = ProceedingsChecks.Open(journey, MadeAt, "madeAt", checks, "interim order");
        return checks.Or(() => Decision.Accept(new InterimOrderMade(proceedings!.Number, MadeAt!.Value, Order!.Value)));
    }
}

public sealed record ExtendProceedings(DateTimeOffset? ExtendedAt, int? Weeks, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(ExtendedAt, now, "extendedAt").Required(Weeks, "weeks")
            .Require(Weeks is null or (>= 1 and <= IssueCareProceedings.MaxExtensionWeeks), "weeks", "extension-up-to-eight-weeks",
                $"An extension is for 1 to {IssueCareProceedings.MaxExtensionWeeks} weeks.");
        var proceedings = ProceedingsChecks.Open(journey, ExtendedAt, "extendedAt", checks, "extension");
        return checks.Or(() => Decision.Accept(new ProceedingsExtended(proceedings!.Number, ExtendedAt!.Value, Weeks!.Value)));
    }
}

public sealed record MakeFinalOrder(DateTimeOffset? MadeAt, FinalOrder? Order, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(MadeAt, now, "madeAt").OneOf(Order, "order");
        var proceedings = ProceedingsChecks.Open(journey, MadeAt, "madeAt", checks, "final order");
        if (proceedings?.LastStepAt is { } last) checks.NotBefore(MadeAt, last, "madeAt", "after-the-last-step", "the last step of these proceedings");
        return checks.Or(() => Decision.Accept(new FinalOrderMade(proceedings!.Number, MadeAt!.Value, Order!.Value)));
    }
}
