using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LookedAfter;

public sealed class RecordHealthAssessmentTests : PeriodOfCareStepTests
{
    private static readonly DateTimeOffset InitialAt = EnteredAt.AddDays(20);
    private static readonly DateTimeOffset ReviewAt = EnteredAt.AddDays(25);

    protected override string Field => "completedAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new RecordHealthAssessment(at, HealthAssessmentKind.Initial);
    protected override IJourneyEvent Appended(int period, DateTimeOffset at) => new HealthAssessmentCompleted(period, at, HealthAssessmentKind.Initial);
    protected override DateTimeOffset UsualAt => InitialAt;
    protected override DateTimeOffset IntoTheFirstPeriod => Day1.AddDays(20);
    private static ChildJourney InitialDone() => JourneyBuilder.Child().InCarePlaced().HealthAssessed(InitialAt).Journey;

    [Fact]
    public void Records_the_initial_health_assessment() =>
        Given(InCare()).When(new RecordHealthAssessment(InitialAt, HealthAssessmentKind.Initial))
            .ShouldAppend(new HealthAssessmentCompleted(1, InitialAt, HealthAssessmentKind.Initial));

    [Fact]
    public void The_initial_assessment_folds_onto_the_period_of_care()
    {
        InCare().OpenCareEpisode!.InitialHealthAssessmentDone.ShouldBeFalse();
        InitialDone().OpenCareEpisode!.InitialHealthAssessmentDone.ShouldBeTrue();
        JourneyBuilder.Child().InCarePlaced().HealthAssessed(InitialAt, HealthAssessmentKind.Review).Journey
            .OpenCareEpisode!.InitialHealthAssessmentDone.ShouldBeFalse();
    }

    [Fact]
    public void A_review_follows_the_initial_assessment() =>
        Given(InitialDone()).When(new RecordHealthAssessment(ReviewAt, HealthAssessmentKind.Review))
            .ShouldAppend(new HealthAssessmentCompleted(1, ReviewAt, HealthAssessmentKind.Review));

    [Fact]
    public void Reviews_may_repeat()
    {
        var journey = JourneyBuilder.Child().InCarePlaced().HealthAssessed(InitialAt).HealthAssessed(ReviewAt, HealthAssessmentKind.Review).Journey;
        var at = ReviewAt.AddDays(30);

        Given(journey).When(new RecordHealthAssessment(at, HealthAssessmentKind.Review))
            .ShouldAppend(new HealthAssessmentCompleted(1, at, HealthAssessmentKind.Review));
    }

    [Fact]
    public void Only_one_initial_health_assessment_in_a_period_of_care()
    {
        Given(InitialDone()).When(new RecordHealthAssessment(ReviewAt, HealthAssessmentKind.Initial))
            .ShouldBeRefusedWith(("kind", "one-initial-health-assessment"));

        var afterAReview = JourneyBuilder.Child().InCarePlaced().HealthAssessed(InitialAt).HealthAssessed(ReviewAt, HealthAssessmentKind.Review).Journey;
        Given(afterAReview).When(new RecordHealthAssessment(ReviewAt.AddDays(1), HealthAssessmentKind.Initial))
            .ShouldBeRefusedWith(("kind", "one-initial-health-assessment"));
    }

    [Fact]
    public void A_new_period_of_care_has_its_own_initial_assessment()
    {
        var journey = JourneyBuilder.Child().InCarePlaced().HealthAssessed(InitialAt).LeftCare(LeftAt).EnteredCare(ReEnteredAt).Journey;
        var at = ReEnteredAt.AddDays(20);

        journey.OpenCareEpisode!.InitialHealthAssessmentDone.ShouldBeFalse();
        Given(journey).When(new RecordHealthAssessment(at, HealthAssessmentKind.Initial))
            .ShouldAppend(new HealthAssessmentCompleted(2, at, HealthAssessmentKind.Initial));
    }

    [Fact]
    public void The_second_periods_initial_assessment_is_then_its_only_one()
    {
        var journey = JourneyBuilder.Child().InCarePlaced().HealthAssessed(InitialAt).LeftCare(LeftAt)
            .EnteredCare(ReEnteredAt).HealthAssessed(ReEnteredAt.AddDays(20)).Journey;

        Given(journey).When(new RecordHealthAssessment(ReEnteredAt.AddDays(21), HealthAssessmentKind.Initial))
            .ShouldBeRefusedWith(("kind", "one-initial-health-assessment"));
    }

    [Fact]
    public void The_kind_is_required() =>
        Given(InCare()).When(new RecordHealthAssessment(InitialAt, null)).ShouldBeRefusedWith(("kind", "required"));

    [Theory]
    [InlineData((HealthAssessmentKind)3)]
    [InlineData((HealthAssessmentKind)(-1))]
    public void The_kind_must_be_a_known_value(HealthAssessmentKind kind)
    {
        var decision = Given(InCare()).When(new RecordHealthAssessment(InitialAt, kind));

        decision.ShouldBeRefusedWith(("kind", "known-value"));
        decision.MessageFor("known-value").ShouldContain("Initial, Review");
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new RecordHealthAssessment(null, null)).ShouldBeRefusedWith(
            ("completedAt", "required"),
            ("kind", "required"),
            ("completedAt", "needs-child-in-care"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        Given(InitialDone()).When(new RecordHealthAssessment(EnteredAt - Tick, HealthAssessmentKind.Initial)).ShouldBeRefusedWith(
            ("completedAt", "within-the-period-of-care"),
            ("kind", "one-initial-health-assessment"));
}
