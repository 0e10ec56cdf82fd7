using Journey.Domain.Children;
using Journey.Domain.Corrections;
using Journey.Domain.Families;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Projections.Children;
using Journey.Projections.Families;
using Journey.Projections.LeavingCare;
using Journey.Projections.LookedAfter;
using Journey.Projections.Timeliness;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// Child details and the age clocks, family membership, permanence plans and care leavers' contacts are written in sets
/// (decisions 171 to 173): many children's steps in one session, each with steps corrected and withdrawn in the same
/// session, give the rows of one session per event.
/// </summary>
[Collection(DaemonHost.Collection)]
public sealed class ChildRecordBatchTests(DaemonHost host)
{
    private static readonly DateTimeOffset T = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Details recorded twice, the second corrected to another date of birth; a period of care from after the 16th
    /// birthday, an adviser allocated then withdrawn, a needs assessment corrected; a family joined, left (the leaving
    /// corrected), joined again and that withdrawn; a plan corrected to ratified, another withdrawn; leaving care; a
    /// contact corrected, another withdrawn. Every kind of change those rows can take, in one stream.
    /// </summary>
    private static IJourneyEvent[] Journey(int n)
    {
        var details = new ChildDetailsRecorded(T.AddHours(2), new DateOnly(2009, 6, 1), null, "F", "WBRI");
        var needs = new LeavingCareNeedsAssessed(T.AddDays(3));
        var adviser = new PersonalAdviserAllocated(T.AddDays(2), $"pa.{n}");
        var left = new FamilyUnlinked($"FAM-{n}", T.AddDays(5), "Moved");
        var rejoined = new FamilyLinked($"FAM-{n}", T.AddDays(6), "Sibling");
        var plan = new PermanencePlanMade(1, T.AddDays(7), PermanencePlanKind.LongTermFostering, false);
        var otherPlan = new PermanencePlanMade(1, T.AddDays(8), PermanencePlanKind.Adoption, false);
        var contact = new CareLeaverContactMade(T.AddDays(20), "YES", "F1", "S", true);
        var otherContact = new CareLeaverContactMade(T.AddDays(21), "NO", null, null, null);
        return
        [
            new ChildDetailsRecorded(T, new DateOnly(2009, 5, 1), null, "F", "WBRI"),
            details,
            new EventCorrected(2, details, details with { DateOfBirth = new DateOnly(2009, 9, 1) }, "Wrong date", T.AddHours(3)),
            new EnteredCare(1, T.AddDays(1), "C2", false, false),
            adviser,
            needs,
            new EventCorrected(6, needs, needs with { OccurredAt = T.AddDays(4) }, "Wrong day", T.AddDays(4)),
            new EventWithdrawn(5, adviser, "Never allocated", T.AddDays(4)),
            new FamilyLinked($"FAM-{n}", T.AddDays(1), "Sibling"),
            left,
            rejoined,
            new EventCorrected(10, left, left with { OccurredAt = T.AddDays(5).AddHours(2) }, "Wrong time", T.AddDays(6)),
            new EventWithdrawn(11, rejoined, "Never rejoined", T.AddDays(6)),
            plan,
            new EventCorrected(14, plan, plan with { Ratified = true }, "Ratified", T.AddDays(8)),
            otherPlan,
            new EventWithdrawn(16, otherPlan, "Wrong child", T.AddDays(9)),
            new LeftCare(1, T.AddDays(10), "E11"),
            contact,
            new EventCorrected(19, contact, contact with { Accommodation = "T" }, "Wrong accommodation", T.AddDays(21)),
            otherContact,
            new EventWithdrawn(21, otherContact, "Wrong child", T.AddDays(22)),
        ];
    }

    [Fact]
    public async Task Many_childrens_steps_in_one_session_give_the_rows_of_one_session_per_event()
    {
        var (together, apart) = await BatchAppends.TogetherAndApart(host, 5, Journey);

        for (var i = 0; i < together.Length; i++)
        {
            foreach (var (select, expected) in Expected(i))
            {
                var rows = await Rows(together[i], select);
                rows.ShouldBe(expected, ignoreOrder: false, customMessage: select);
                (await Rows(apart[i], select)).ShouldBe(rows, ignoreOrder: false, customMessage: select);
            }
        }
    }

    /// <summary>Each table's rows, every column (a time recorded as whether it is that of the step first recorded), and what they must be.</summary>
    private static IEnumerable<(string Select, string[] Expected)> Expected(int n)
    {
        yield return ($"""
            SELECT version, date_of_birth::text, expected_date_of_birth, gender, ethnicity, {At("stated_at")}, {Recorded("recorded_at", "t.version")}
            FROM {ChildDetailsSchema.DetailsTable.QualifiedName} t WHERE child_id = @c ORDER BY version
            """, [$"1|2009-05-01|-|F|WBRI|{At(T)}|True", $"2|2009-09-01|-|F|WBRI|{At(T.AddHours(2))}|True"]);
        yield return ($"""
            SELECT version, step, care_episode_number, {At("occurred_at")}, {Recorded("recorded_at", "t.version")}
            FROM {AgeClockSchema.StepsTable.QualifiedName} t WHERE child_id = @c ORDER BY version
            """, [$"4|entered-care|1|{At(T.AddDays(1))}|True", $"6|needs-assessment|-|{At(T.AddDays(4))}|True", $"18|left-care|1|{At(T.AddDays(10))}|True"]);
        // The adviser's clock is open again, due on the 18th birthday of the corrected date of birth; the assessment met when corrected.
        yield return ($"""
            SELECT measure, episode, unit, target, rule_id, {At("start_at")}, start_date::text, due_date::text, {At("actual_at")}, actual_date::text,
                   stopped_by_version, {Recorded("start_recorded_at", "4")}, {Recorded("actual_recorded_at", "6")},
                   (SELECT e.version FROM journey.mt_events e WHERE e.seq_id = t.last_event_sequence)
            FROM {MeasureSchema.ClocksTable.QualifiedName} t
            WHERE child_id = @c AND measure IN ('{LeavingCareClocks.PersonalAdviserAllocated}', '{LeavingCareClocks.LeavingCareNeedsAssessment}')
            ORDER BY measure
            """,
            [
                $"{LeavingCareClocks.LeavingCareNeedsAssessment}|1|months|3|leaving-care-needs-assessment-3m|{At(T.AddDays(1))}|2026-03-03|2026-06-03|{At(T.AddDays(4))}|2026-03-06|6|True|True|18",
                $"{LeavingCareClocks.PersonalAdviserAllocated}|1|months|216|personal-adviser-allocated-by-18|{At(T.AddDays(1))}|2026-03-03|2027-09-01|-|-|-|True|-|18",
            ]);
        yield return ($"""
            SELECT link_version, family_id, {At("linked_at")}, relationship, {At("unlinked_at")}, unlinked_by_version
            FROM {FamilyMembershipProjection.MembersTable.QualifiedName} t WHERE child_id = @c ORDER BY link_version
            """, [$"9|FAM-{n}|{At(T.AddDays(1))}|Sibling|{At(T.AddDays(5).AddHours(2))}|10"]);
        yield return ($"""
            SELECT version, care_episode_number, {At("made_at")}, kind, ratified, {Recorded("recorded_at", "t.version")}
            FROM {PermanencePlanProjection.PlansTable.QualifiedName} t WHERE child_id = @c ORDER BY version
            """, [$"14|1|{At(T.AddDays(7))}|LongTermFostering|True|True"]);
        yield return ($"""
            SELECT version, {At("contacted_at")}, in_touch, activity, accommodation, accommodation_suitable, {Recorded("recorded_at", "t.version")}
            FROM {CareLeaverInTouchProjection.ContactsTable.QualifiedName} t WHERE child_id = @c ORDER BY version
            """, [$"19|{At(T.AddDays(20))}|YES|F1|T|True|True"]);
    }

    private static string At(DateTimeOffset instant) => $"{instant.UtcDateTime:yyyy-MM-dd HH:mm:ss}";

    private static string At(string column) => $"({column} AT TIME ZONE 'UTC')::text";

    /// <summary>
    /// Whether <paramref name="column"/> holds the time of the event at stream version <paramref name="version"/>: the step
    /// first recorded, not a later correction (one session gives every event the same time, so there it is always so).
    /// </summary>
    private static string Recorded(string column, string version) =>
        $"(t.{column} = (SELECT e.timestamp FROM journey.mt_events e WHERE e.stream_id = t.child_id AND e.version = {version}))";

    private Task<List<string>> Rows(string child, string select) => BatchAppends.Rows(host, child, select);
}
