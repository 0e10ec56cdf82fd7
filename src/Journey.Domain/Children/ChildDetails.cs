using Journey.Domain.Journeys;
using Journey.Domain.Reference;
using Journey.Domain.Returns;
using Journey.Domain.Timescales;

namespace Journey.Domain.Children;

/// <summary>
/// The child's details as the statutory returns need them (every Ofsted Annex A list, the CIN census
/// and the SSDA903 start with them): date of birth, or for an unborn child the expected date of birth
/// (as the CIN census allows), sex as the CIN census codes it (M, F, U) and ethnicity as the DfE codes
/// it (WBRI..NOBT); and, optional because records made before the returns were produced lack them
/// (decision 79), the UPN or why there is none, a former UPN, disabilities (CIN census codes), the date
/// of death, and whether a young woman looked after is a mother, with her first child's date of birth
/// (SSDA903 MOTHER, MC_DOB). Recorded again when they change: the latest record stands, whole.
/// </summary>
public sealed record ChildDetailsRecorded(
    DateTimeOffset OccurredAt,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    string Gender,
    string Ethnicity,
    string? Upn = null,
    string? FormerUpn = null,
    string? UpnUnknown = null,
    IReadOnlyList<string>? Disabilities = null,
    DateOnly? DateOfDeath = null,
    bool? IsMother = null,
    DateOnly? FirstChildDateOfBirth = null) : IJourneyEvent;

public sealed record RecordChildDetails(
    DateTimeOffset? RecordedAt,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    string? Gender,
    string? Ethnicity,
    long? ExpectedVersion = null,
    string? Upn = null,
    string? FormerUpn = null,
    string? UpnUnknown = null,
    IReadOnlyList<string>? Disabilities = null,
    DateOnly? DateOfDeath = null,
    bool? IsMother = null,
    DateOnly? FirstChildDateOfBirth = null) : IJourneyCommand
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
        ReturnIdentifiers(checks);
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
                    $"expectedDateOfBirth ({ExpectedDateOfBirth:yyyy-MM-dd}) must fall between {OverdueInMonths} month before " +
                    $"and {LatestExpectedInMonths} months after the details were taken ({day:yyyy-MM-dd}).")
                .Require(DateOfDeath is null || DateOfDeath <= day, "dateOfDeath", "date-of-death-not-after-the-step",
                    $"dateOfDeath ({DateOfDeath:yyyy-MM-dd}) is after the details were taken ({day:yyyy-MM-dd}).")
                .Require(FirstChildDateOfBirth is null || FirstChildDateOfBirth <= day, "firstChildDateOfBirth", "first-child-born-by-the-step",
                    $"firstChildDateOfBirth ({FirstChildDateOfBirth:yyyy-MM-dd}) is after the details were taken ({day:yyyy-MM-dd}).");
        }
        // A date of birth judges the steps already recorded by the returns' age rules (decision 96).
        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new ChildDetailsRecorded(RecordedAt!.Value, DateOfBirth, ExpectedDateOfBirth, Gender!, Ethnicity!,
            Upn, FormerUpn, UpnUnknown, Disabilities?.ToArray(), DateOfDeath, IsMother, FirstChildDateOfBirth))),
            DateOfBirth is null && ExpectedDateOfBirth is not null ? "expectedDateOfBirth" : "dateOfBirth", "gender", "dateOfDeath");
    }

    /// <summary>
    /// The identifiers and characteristics the returns carry, each by the rule its validator applies:
    /// the UPN and former UPN with their check letter (CIN rules 1510 to 1550), a UPN or the reason for
    /// none but not both (CIN UPNunknown is given only without a UPN), disabilities (CIN rules 8540, 8790,
    /// 8794), a death on or after the birth (CIN 8535Q), and motherhood as the SSDA903 records it: a mother
    /// is female (rule 174) and her first child was born after her (rule 621), given only for a mother.
    /// </summary>
    private void ReturnIdentifiers(Checks checks) =>
        checks.Add(Reference.Upn.Check(Upn, "upn")).Add(Reference.Upn.Check(FormerUpn, "formerUpn"))
            .Code(CodeLists.UpnUnknown, UpnUnknown, "upnUnknown", optional: true)
            .Require(Upn is null || UpnUnknown is null, "upnUnknown", "upn-or-reason-unknown",
                "Give the UPN, or upnUnknown (the reason there is none), not both.")
            .Require(FormerUpn is null || FormerUpn != Upn, "formerUpn", "former-upn-differs", "formerUpn is the same as upn; leave it out.")
            .Codes(CodeLists.Disability, Disabilities, "disabilities", alone: "NONE")
            .Require(DateOfDeath is null || DateOfBirth is null || DateOfDeath >= DateOfBirth, "dateOfDeath", "death-after-birth",
                $"dateOfDeath ({DateOfDeath:yyyy-MM-dd}) is before dateOfBirth ({DateOfBirth:yyyy-MM-dd}).")
            .Require(IsMother != true || Gender == "F", "isMother", "mother-is-female", "Only a child recorded as female (gender F) is recorded as a mother.")
            .Require(FirstChildDateOfBirth is null || IsMother == true, "firstChildDateOfBirth", "first-child-of-a-mother",
                "firstChildDateOfBirth is given for a mother (isMother true).")
            .Require(FirstChildDateOfBirth is null || DateOfBirth is null || FirstChildDateOfBirth > DateOfBirth, "firstChildDateOfBirth",
                "first-child-born-after-the-mother", $"firstChildDateOfBirth ({FirstChildDateOfBirth:yyyy-MM-dd}) is not after the mother's dateOfBirth ({DateOfBirth:yyyy-MM-dd}).");
}
