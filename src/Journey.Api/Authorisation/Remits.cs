using Journey.Domain.Protection;
using Journey.Projections.Children;
using Journey.Projections.LeavingCare;
using Journey.Projections.LookedAfter;
using Journey.Projections.Plans;
using Journey.Projections.Timeliness;

namespace Journey.Api.Authorisation;

/// <summary>
/// Where a child comes into a role's remit: a projected table (alias <c>r</c>, with a <c>child_id</c>)
/// and, if not every row counts, a condition on it. A child is in the remit once any source holds a
/// row for it, and stays in it (decision 55: history stays readable).
/// </summary>
public sealed record RemitSource(string From, string? Where = null);

/// <summary>
/// The remits of the roles that work across teams (decision 55), read from what the projections
/// already hold, so a step that brings a child into a remit does so as soon as it is recorded, and
/// its withdrawal takes the child out again.
/// </summary>
public static class Remits
{
    /// <summary>
    /// Conference chairs and independent reviewing officers: a child subject to a section 47 enquiry
    /// (the initial-conference clock starts with it), a child protection plan (from a conference or
    /// transferred in), or ever looked after.
    /// </summary>
    public static readonly IReadOnlyList<RemitSource> ReviewingOfficer =
    [
        new(MeasureSchema.ClocksTable.QualifiedName + " r", $"r.measure = '{ProtectionClocks.InitialConference}'"),
        new(ProtectionPlanProjection.PlansTable.QualifiedName + " r"),
        new(PlacementProjection.CareEntriesTable.QualifiedName + " r"),
    ];

    /// <summary>
    /// Personal advisers: a child with an adviser allocated, a pathway plan or a care leaver's contact
    /// recorded, or ever looked after and 16 or over today (UK date) by the date of birth recorded now.
    /// </summary>
    public static readonly IReadOnlyList<RemitSource> PersonalAdviser =
    [
        new(AdviserContactProjection.AllocationsTable.QualifiedName + " r"),
        new(PathwayPlanProjection.PlansTable.QualifiedName + " r"),
        new(CareLeaverInTouchProjection.ContactsTable.QualifiedName + " r"),
        new($"{PlacementProjection.CareEntriesTable.QualifiedName} r JOIN {ChildDetailsSchema.ChildrenView} k ON k.child_id = r.child_id",
            $"{ChildDetailsSchema.DateAtAgeFunction}(k.date_of_birth, 16 * 12) <= (now() AT TIME ZONE 'Europe/London')::date"),
    ];

    /// <summary>The remit a role reads by, if it has one.</summary>
    public static IReadOnlyList<RemitSource>? Of(string role) => role switch
    {
        JourneyRoles.ReviewingOfficer => ReviewingOfficer,
        JourneyRoles.PersonalAdviser => PersonalAdviser,
        _ => null,
    };
}
