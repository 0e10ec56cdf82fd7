using Journey.Domain.Children;
using Journey.Domain.Corrections;
using Journey.Domain.Tests.Corrections;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Children;

public sealed class RecordChildDetailsTests
{
    // Taken on Day1 + 1 day: Tuesday 4 March 2025 (UK date).
    private static readonly DateTimeOffset TakenAt = Day1.AddDays(1);
    private static readonly DateOnly Born = new(2012, 5, 17);

    private static JourneyBuilder Contacted() => JourneyBuilder.Child().Contact(Day1);

    private static RecordChildDetails Born2012(DateOnly? born = null, DateOnly? expected = null, string? gender = "F", string? ethnicity = "MWBC",
        DateTimeOffset? at = null) => new(at ?? TakenAt, born, expected, gender, ethnicity);

    [Fact]
    public void Records_the_date_of_birth_sex_and_ethnicity_as_the_returns_code_them() =>
        Given(Contacted().Journey).When(Born2012(Born)).ShouldAppend(new ChildDetailsRecorded(TakenAt, Born, null, "F", "MWBC"));

    [Fact]
    public void The_journey_keeps_the_latest_date_of_birth_recorded()
    {
        var builder = Contacted().Apply(Born2012(Born)).Apply(Born2012(Born.AddDays(1), at: TakenAt.AddDays(7)));
        builder.Journey.DateOfBirth.ShouldBe(new DateOnly(2012, 5, 18));
        builder.Journey.ExpectedDateOfBirth.ShouldBeNull();
    }

    [Fact]
    public void A_withdrawn_record_leaves_the_one_before_it_standing()
    {
        // v1 contact, v2 details (17 May), v3 details (18 May); withdrawing v3 brings back 17 May.
        var builder = Contacted().Apply(Born2012(Born)).Apply(Born2012(Born.AddDays(1), at: TakenAt.AddDays(7))).Withdrawn(3);
        builder.Journey.DateOfBirth.ShouldBe(Born);
    }

    [Fact]
    public void A_corrected_date_of_birth_is_what_the_journey_sees()
    {
        var builder = Contacted().Apply(Born2012(Born));
        builder.Corrected(2, builder.At<ChildDetailsRecorded>(2) with { DateOfBirth = new DateOnly(2012, 7, 17) });
        builder.Journey.DateOfBirth.ShouldBe(new DateOnly(2012, 7, 17));
    }

    [Fact]
    public void An_unborn_child_has_an_expected_date_of_birth_and_may_be_of_unknown_sex()
    {
        var expected = new DateOnly(2025, 8, 1);
        Given(Contacted().Journey).When(Born2012(null, expected, gender: "U", ethnicity: "NOBT"))
            .ShouldAppend(new ChildDetailsRecorded(TakenAt, null, expected, "U", "NOBT"));
    }

    [Fact]
    public void Once_born_the_date_of_birth_replaces_the_expected_one()
    {
        var builder = Contacted().Apply(Born2012(null, new DateOnly(2025, 3, 20), gender: "U"))
            .Apply(Born2012(new DateOnly(2025, 3, 18), at: TakenAt.AddDays(20)));
        builder.Journey.DateOfBirth.ShouldBe(new DateOnly(2025, 3, 18));
        builder.Journey.ExpectedDateOfBirth.ShouldBeNull();
    }

    [Fact]
    public void A_child_recorded_as_born_cannot_be_recorded_unborn_again() =>
        Given(Contacted().Apply(Born2012(Born)).Journey).When(Born2012(null, new DateOnly(2025, 8, 1)))
            .ShouldBeRefusedWith(("expectedDateOfBirth", "already-born"));

    [Fact]
    public void A_date_of_birth_or_an_expected_one_is_required_but_not_both()
    {
        Given(Contacted().Journey).When(Born2012(null, null)).ShouldBeRefusedWith(("dateOfBirth", "required"));
        Given(Contacted().Journey).When(Born2012(Born, new DateOnly(2025, 8, 1))).ShouldBeRefusedWith(("expectedDateOfBirth", "born-or-unborn"));
    }

    [Fact]
    public void Sex_and_ethnicity_are_official_codes()
    {
        Given(Contacted().Journey).When(Born2012(Born, gender: "1", ethnicity: "White British"))
            .ShouldBeRefusedWith(("gender", "cin-sex"), ("ethnicity", "dfe-ethnicity"));
        Given(Contacted().Journey).When(Born2012(Born, gender: null, ethnicity: null))
            .ShouldBeRefusedWith(("gender", "required"), ("ethnicity", "required"));
    }

    [Fact]
    public void The_date_of_birth_can_be_the_day_the_details_were_taken_but_not_after_it()
    {
        // 4 March 2025 is the UK date of TakenAt.
        Given(Contacted().Journey).When(Born2012(new DateOnly(2025, 3, 4))).ShouldBeAccepted();
        Given(Contacted().Journey).When(Born2012(new DateOnly(2025, 3, 5)))
            .ShouldBeRefusedWith(("dateOfBirth", "date-of-birth-not-after-the-step"));
    }

    [Fact]
    public void A_date_of_birth_more_than_25_years_before_the_step_is_not_plausible()
    {
        Given(Contacted().Journey).When(Born2012(new DateOnly(2000, 3, 4))).ShouldBeAccepted();
        Given(Contacted().Journey).When(Born2012(new DateOnly(2000, 3, 3)))
            .ShouldBeRefusedWith(("dateOfBirth", "date-of-birth-plausible"));
    }

    [Fact]
    public void An_expected_date_of_birth_falls_from_a_month_before_to_ten_months_after_the_step()
    {
        // An unborn child's sex is U (CIN census rule 8750).
        Given(Contacted().Journey).When(Born2012(null, new DateOnly(2025, 2, 4), "U")).ShouldBeAccepted();
        Given(Contacted().Journey).When(Born2012(null, new DateOnly(2026, 1, 4), "U")).ShouldBeAccepted();
        Given(Contacted().Journey).When(Born2012(null, new DateOnly(2025, 2, 3), "U"))
            .ShouldBeRefusedWith(("expectedDateOfBirth", "expected-date-of-birth-plausible"));
        Given(Contacted().Journey).When(Born2012(null, new DateOnly(2026, 1, 5), "U"))
            .ShouldBeRefusedWith(("expectedDateOfBirth", "expected-date-of-birth-plausible"));
    }

    [Fact]
    public void The_details_cannot_be_taken_in_the_future()
    {
        Given(Contacted().Journey).When(Born2012(Born, at: JustInsideSkew)).ShouldBeAccepted();
        Given(Contacted().Journey).When(Born2012(Born, at: JustOutsideSkew)).ShouldBeRefusedWith(("recordedAt", "not-in-future"));
    }

    [Fact]
    public void A_correction_to_an_impossible_date_is_refused_by_the_steps_own_rules()
    {
        var builder = Contacted().Apply(Born2012(Born));
        var replacement = builder.At<ChildDetailsRecorded>(2) with { DateOfBirth = new DateOnly(2025, 3, 5) };
        var decision = Given(builder.Journey).When(new CorrectEvent(2, replacement, "Typed the wrong year"));
        decision.IsRefused.ShouldBeTrue();
        decision.Violations.ShouldContain(v => v.Rule == "date-of-birth-not-after-the-step");
    }
}
