using Journey.Domain.Journeys;
using Journey.Domain.Reference;
using Journey.Domain.Timescales;

namespace Journey.Domain.Children;

/// <summary>
/// The child's details as the statutory returns need them (every Ofsted Annex A list, the CIN
/// census and the SSDA903 start with them): date of birth, or for an unborn child the expected
/// date of birth (as the CIN census allows), sex as the CIN census codes it (M, F, U) and ethnicity
/// as the DfE codes it (WBRI..NOBT). Recorded again when they change: the latest recorded stands.
/// </summary>
public sealed record ChildDetailsRecorded(
    DateTimeOffset OccurredAt,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    string Gender,
    string Ethnicity) : IJourneyEvent;

public sealed record RecordChildDetails(
    DateTimeOffset? RecordedAt,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    string? Gender,
    string? Ethnicity,
    long? ExpectedVersion = null) : IJourneyCommand
{
    /// <summary>
    /// Oldest plausible age when details are taken: leaving-care support runs to 25, so nobody
    /// Journey records is older.
    /// </summary>
    public const int OldestAgeInYears = 25;

    /// <summary>How far ahead an expected date of birth can plausibly be: a pregnancy is at most about 42 weeks.</summary>
    public const int LatestExpectedInMonths = 10;

    /// <summary>How long an expected date of birth can have passed with the child still unborn (overdue).</summary>
    public const int OverdueInMonths = 1;

    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(RecordedAt, now, "recordedAt")
            .Code(CodeLists.Sex, Gender, "gender")
            .Code(CodeLists.Ethnicity, Ethnicity, "ethnicity")
            .Require(DateOfBirth is not null || ExpectedDateOfBirth is not null, "dateOfBirth", "required",
                "dateOfBirth is required (or expectedDateOfBirth for an unborn child).")
            .Require(DateOfBirth is null || ExpectedDateOfBirth is null, "expectedDateOfBirth", "born-or-unborn",
                "Give dateOfBirth for a child who is born or expectedDateOfBirth for an unborn child, not both.")
            .Require(ExpectedDateOfBirth is null || journey.DateOfBirth is null, "expectedDateOfBirth", "already-born",
                $"The child's date of birth ({journey.DateOfBirth:yyyy-MM-dd}) is recorded; an expected date of birth is for an unborn child.");
        if (RecordedAt is { } at)
        {
            var day = UkTime.DateOf(at);
            checks.Require(DateOfBirth is null || DateOfBirth <= day, "dateOfBirth", "date-of-birth-not-after-the-step",
                    $"dateOfBirth ({DateOfBirth:yyyy-MM-dd}) is after the details were taken ({day:yyyy-MM-dd}); for an unborn child give expectedDateOfBirth.")
                .Require(DateOfBirth is null || DateOfBirth >= day.AddYears(-OldestAgeInYears), "dateOfBirth", "date-of-birth-plausible",
                    $"dateOfBirth ({DateOfBirth:yyyy-MM-dd}) is more than {OldestAgeInYears} years before the details were taken ({day:yyyy-MM-dd}).")
                .Require(ExpectedDateOfBirth is null
                         || (ExpectedDateOfBirth >= day.AddMonths(-OverdueInMonths) && ExpectedDateOfBirth <= day.AddMonths(LatestExpectedInMonths)),
                    "expectedDateOfBirth", "expected-date-of-birth-plausible",
                    $"expectedDateOfBirth ({ExpectedDateOfBirth:yyyy-MM-dd}) must fall between {OverdueInMonths} month before and {LatestExpectedInMonths} months after the details were taken ({day:yyyy-MM-dd}).");
        }
        return checks.Or(() => Decision.Accept(new ChildDetailsRecorded(RecordedAt!.Value, DateOfBirth, ExpectedDateOfBirth, Gender!, Ethnicity!)));
    }
}
