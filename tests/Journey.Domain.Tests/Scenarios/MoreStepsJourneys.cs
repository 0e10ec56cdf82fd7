using Journey.Domain.Corrections;
using Journey.Domain.EarlyHelp;
using Journey.Domain.FrontDoor;
using Journey.Domain.Permanence;
using Journey.Domain.PreProceedings;
using Journey.Domain.Proceedings;
using Journey.Domain.Protection;
using Journey.Domain.Supervision;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Scenarios;

/// <summary>
/// Steps and journeys for early help, supervision, decision challenges, pre-proceedings, care
/// proceedings, permanence, finalised records, conference scheduling and plan transfers, on top of
/// <see cref="JourneyBuilder"/>. Every step is a real command, so a refused setup fails the test.
/// </summary>
internal static class MoreStepsJourneys
{
    /// <summary>Referral 1 of <see cref="JourneyBuilder.Referred"/> (contact Day1 09:00, decided 10:00).</summary>
    public static readonly DateTimeOffset ReferralAt = Day1.AddHours(2);

    /// <summary>Early help 1 starts (Day1 + 2 days).</summary>
    public static readonly DateTimeOffset EarlyHelpFrom = Day1.AddDays(2);

    /// <summary>Early help 1 closes (Day1 + 20 days).</summary>
    public static readonly DateTimeOffset EarlyHelpUntil = Day1.AddDays(20);

    /// <summary>Pre-proceedings 1 are entered (Day1 + 10 days).</summary>
    public static readonly DateTimeOffset PloFrom = Day1.AddDays(10);

    /// <summary>The letter before proceedings is sent (Day1 + 12 days).</summary>
    public static readonly DateTimeOffset LetterAt = Day1.AddDays(12);

    /// <summary>Pre-proceedings 1 conclude (Day1 + 30 days).</summary>
    public static readonly DateTimeOffset PloUntil = Day1.AddDays(30);

    /// <summary>Care proceedings 1 are issued (Day1 + 35 days).</summary>
    public static readonly DateTimeOffset IssuedFrom = Day1.AddDays(35);

    /// <summary>The final order in proceedings 1 (Day1 + 60 days).</summary>
    public static readonly DateTimeOffset FinalOrderAt = Day1.AddDays(60);

    // The episodes steps are recorded within, for the rules they share (EpisodeStepTests, decision 126).

    /// <summary>Early help 1 from <see cref="EarlyHelpFrom"/> after a contact at Day1; closed at <see cref="EarlyHelpUntil"/>.</summary>
    public static readonly Episode EarlyHelpEpisode = new(() => JourneyBuilder.Child().InEarlyHelp().Journey, () => JourneyBuilder.Child().Contact(Day1).Journey,
        () => JourneyBuilder.Child().AfterEarlyHelp().Journey, null, EarlyHelpFrom, "needs-open-early-help", "within-early-help");

    /// <summary>Pre-proceedings 1 from <see cref="PloFrom"/> after a referral; concluded at <see cref="PloUntil"/>, and a date after.</summary>
    public static readonly Episode PreProceedingsEpisode = new(() => JourneyBuilder.Child().InPreProceedings().Journey, () => JourneyBuilder.Child().Referred().Journey,
        () => JourneyBuilder.Child().AfterPreProceedings().Journey, Day1.AddDays(40), PloFrom, "needs-open-pre-proceedings", "within-pre-proceedings");

    /// <summary>Care proceedings 1 issued at <see cref="IssuedFrom"/> after a contact at Day1; ended by the final order of <see cref="FinalOrderAt"/>, and a date after.</summary>
    public static readonly Episode ProceedingsEpisode = new(() => JourneyBuilder.Child().InProceedings().Journey, () => JourneyBuilder.Child().Contact(Day1).Journey,
        () => JourneyBuilder.Child().AfterProceedings().Journey, Day1.AddDays(70), IssuedFrom, "needs-open-proceedings", "within-the-proceedings");

    public static JourneyBuilder EarlyHelpBegan(this JourneyBuilder b, DateTimeOffset at, string lead = "School nurse") =>
        b.Apply(new StartEarlyHelp(at, lead));

    public static JourneyBuilder EarlyHelpPlanned(this JourneyBuilder b, DateTimeOffset at) => b.Apply(new AgreeEarlyHelpPlan(at));

    public static JourneyBuilder EarlyHelpReviewedAt(this JourneyBuilder b, DateTimeOffset at) => b.Apply(new ReviewEarlyHelp(at));

    public static JourneyBuilder EarlyHelpEnded(this JourneyBuilder b, DateTimeOffset at, EarlyHelpClosure outcome = EarlyHelpClosure.NeedsMet) =>
        b.Apply(new CloseEarlyHelp(at, outcome));

    public static JourneyBuilder SteppedDown(this JourneyBuilder b, DateTimeOffset at, string plan = "Family support worker weekly") =>
        b.Apply(new StepDownToEarlyHelp(at, plan));

    public static JourneyBuilder Supervised(this JourneyBuilder b, DateTimeOffset at, string supervisor = "Team manager") =>
        b.Apply(new RecordSupervision(at, supervisor));

    public static JourneyBuilder DecisionChallenged(this JourneyBuilder b, DateTimeOffset at, bool overturned, int? contactNumber = null) =>
        b.Apply(new ChallengeFrontDoorDecision(at, "Head teacher", "Risk underestimated", overturned, contactNumber));

    public static JourneyBuilder PreProceedingsBegan(this JourneyBuilder b, DateTimeOffset at) => b.Apply(new EnterPreProceedings(at));

    public static JourneyBuilder LetterSent(this JourneyBuilder b, DateTimeOffset at) => b.Apply(new SendLetterBeforeProceedings(at));

    public static JourneyBuilder FamilyConferenceOffered(this JourneyBuilder b, DateTimeOffset at) => b.Apply(new OfferFamilyGroupConference(at));

    public static JourneyBuilder FamilyConferenceHeld(this JourneyBuilder b, DateTimeOffset at) => b.Apply(new HoldFamilyGroupConference(at));

    public static JourneyBuilder PloMeeting(this JourneyBuilder b, DateTimeOffset at, bool initial) => b.Apply(new HoldPreProceedingsMeeting(at, initial));

    public static JourneyBuilder PreProceedingsEnded(this JourneyBuilder b, DateTimeOffset at,
        PreProceedingsOutcome outcome = PreProceedingsOutcome.IssueProceedings) =>
        b.Apply(new ConcludePreProceedings(at, outcome));

    public static JourneyBuilder ProceedingsIssued(this JourneyBuilder b, DateTimeOffset at, bool emergency = false) =>
        b.Apply(new IssueCareProceedings(at, emergency));

    public static JourneyBuilder Hearing(this JourneyBuilder b, DateTimeOffset at, string hearing = "Case management hearing") =>
        b.Apply(new HoldCourtHearing(at, hearing));

    public static JourneyBuilder InterimOrdered(this JourneyBuilder b, DateTimeOffset at, InterimOrder order = InterimOrder.InterimCareOrder) =>
        b.Apply(new MakeInterimOrder(at, order));

    public static JourneyBuilder FinalOrdered(this JourneyBuilder b, DateTimeOffset at, FinalOrder order = FinalOrder.CareOrder) =>
        b.Apply(new MakeFinalOrder(at, order));

    public static JourneyBuilder CarePlanned(this JourneyBuilder b, DateTimeOffset at) => b.Apply(new RecordCarePlan(at));

    public static JourneyBuilder PermanencePlanned(this JourneyBuilder b, DateTimeOffset at, PermanencePlanKind kind = PermanencePlanKind.Adoption) =>
        b.Apply(new MakePermanencePlan(at, kind, true));

    public static JourneyBuilder TookAdoptionStep(this JourneyBuilder b, DateTimeOffset at, AdoptionStep step) =>
        b.Apply(new TakeAdoptionStep(at, step));

    /// <summary>Every adoption step from DecisionMakerAgreed up to <paramref name="last"/>, a day apart from <paramref name="from"/>.</summary>
    public static JourneyBuilder AdoptionStepsUpTo(this JourneyBuilder b, DateTimeOffset from, AdoptionStep last)
    {
        for (var step = AdoptionStep.DecisionMakerAgreed; step <= last; step++)
            b.TookAdoptionStep(from.AddDays((int)step), step);
        return b;
    }

    public static JourneyBuilder CareOrderDischargedAt(this JourneyBuilder b, DateTimeOffset at) => b.Apply(new DischargeCareOrder(at));

    public static JourneyBuilder RecordFinalisedAt(this JourneyBuilder b, long version, DateTimeOffset at, string by = "Team manager") =>
        b.Apply(new FinaliseRecord(version, at, by));

    public static JourneyBuilder ConferenceScheduled(this JourneyBuilder b, DateTimeOffset at, DateTimeOffset scheduledFor, string? approvedBy = null) =>
        b.Apply(new ScheduleInitialConference(at, scheduledFor, approvedBy));

    public static JourneyBuilder PlanTransferredIn(this JourneyBuilder b, DateTimeOffset at, string from = "Leeds", string category = "NEG") =>
        b.Apply(new TransferProtectionPlanIn(at, from, category));

    public static JourneyBuilder PlanTransferredOut(this JourneyBuilder b, DateTimeOffset at, string to = "Leeds") =>
        b.Apply(new TransferProtectionPlanOut(at, to));

    public static JourneyBuilder WithdrawnAt(this JourneyBuilder b, long version) => b.Apply(new WithdrawEvent(version, "Recorded in error"));

    // Common journeys.

    /// <summary>Referred, then pre-proceedings 1 entered at <see cref="PloFrom"/> (still open, no letter).</summary>
    public static JourneyBuilder InPreProceedings(this JourneyBuilder b) => b.Referred().PreProceedingsBegan(PloFrom);

    /// <summary>... and the letter before proceedings sent at <see cref="LetterAt"/>.</summary>
    public static JourneyBuilder LetterBeforeProceedingsSent(this JourneyBuilder b) => b.InPreProceedings().LetterSent(LetterAt);

    /// <summary>Pre-proceedings 1 from <see cref="PloFrom"/> concluded at <see cref="PloUntil"/>.</summary>
    public static JourneyBuilder AfterPreProceedings(this JourneyBuilder b) => b.InPreProceedings().PreProceedingsEnded(PloUntil);

    /// <summary>A contact at Day1 and care proceedings 1 issued at <see cref="IssuedFrom"/> (still under way).</summary>
    public static JourneyBuilder InProceedings(this JourneyBuilder b) => b.Contact(Day1).ProceedingsIssued(IssuedFrom);

    /// <summary>... ended by a final order at <see cref="FinalOrderAt"/>.</summary>
    public static JourneyBuilder AfterProceedings(this JourneyBuilder b) => b.InProceedings().FinalOrdered(FinalOrderAt);

    /// <summary>A contact at Day1 and early help 1 from <see cref="EarlyHelpFrom"/> (still open).</summary>
    public static JourneyBuilder InEarlyHelp(this JourneyBuilder b) => b.Contact(Day1).EarlyHelpBegan(EarlyHelpFrom);

    /// <summary>... closed at <see cref="EarlyHelpUntil"/>.</summary>
    public static JourneyBuilder AfterEarlyHelp(this JourneyBuilder b) => b.InEarlyHelp().EarlyHelpEnded(EarlyHelpUntil);

    /// <summary>Referred, then closed (RC8) at <paramref name="closedAt"/>.</summary>
    public static JourneyBuilder ReferredThenClosed(this JourneyBuilder b, DateTimeOffset closedAt) =>
        b.Referred().Apply(new Domain.Closure.CloseCase(closedAt, "RC8"));

    /// <summary>A new contact, decision and referral a minute apart from <paramref name="at"/>: the case opens again.</summary>
    public static JourneyBuilder ReferredAgain(this JourneyBuilder b, DateTimeOffset at) =>
        b.Contact(at).Decided(at.AddMinutes(1), FrontDoorOutcome.ReferralForAssessment).Referral(at.AddMinutes(2));
}
