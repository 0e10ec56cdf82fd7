using Journey.Domain.LeavingCare;
using Journey.Projections.Corrections;
using Journey.Projections.Reviews;
using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.LeavingCare;

/// <summary>
/// journey.adviser_allocations (every personal adviser allocated) and journey.adviser_contacts
/// (every contact in which the young person was in touch: OC3 YES or RHOM), keyed by stream
/// version. The function adviser_contacts_as_at(t, as_recorded) chains the contacts from the first adviser
/// allocated, each due within the rulebook's adviser-contact interval (2 months) of the one before
/// (Care Leavers Regulations 2010 reg 8).
/// </summary>
public sealed class AdviserContactProjection : CorrectableSetProjection<AdviserContactProjection.Batch>
{
    public static readonly PostgresqlObjectName AllocationsTable = new(JourneyStore.Schema, "adviser_allocations", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName ContactsTable = new(JourneyStore.Schema, "adviser_contacts", SchemaUtils.IdentifierUsage.General);
    public static readonly string ContactChainFunctionName = $"{JourneyStore.Schema}.adviser_contacts_as_at";
    private const string Number = "leaving_care_number";

    /// <summary>OC3 in-touch codes meaning the adviser was in touch with the young person.</summary>
    private static readonly HashSet<string> InTouch = ["YES", "RHOM"];

    public AdviserContactProjection()
    {
        Name = "AdviserContacts";
        SchemaObjects.Add(ReviewChainSchema.HeldTable(AllocationsTable, Number));
        SchemaObjects.Add(ReviewChainSchema.HeldTable(ContactsTable, Number));
        // The first adviser allocated opens the chain; there is no end until the end of support is recorded.
        // As recorded, the first allocation is the first of those recorded by then.
        foreach (var function in ReviewChainSchema.Chain(typeof(AdviserContactProjection), ContactChainFunctionName)) SchemaObjects.Add(function);
    }

    protected override void Apply(Batch batch, string child, long version, DateTimeOffset recordedAt, object fact)
    {
        switch (fact)
        {
            case PersonalAdviserAllocated a: batch.Allocations.Held(child, version, 1, a.OccurredAt, recordedAt); break;
            // Only a contact in which the young person was in touch counts; a correction to another code removes it.
            case CareLeaverContactMade c when InTouch.Contains(c.InTouch): batch.Contacts.Held(child, version, 1, c.OccurredAt, recordedAt); break;
            case CareLeaverContactMade: batch.Contacts.Withdrawn(child, version); break;
        }
    }

    protected override void Withdraw(Batch batch, string child, long version, object fact)
    {
        switch (fact)
        {
            case PersonalAdviserAllocated: batch.Allocations.Withdrawn(child, version); break;
            case CareLeaverContactMade: batch.Contacts.Withdrawn(child, version); break;
        }
    }

    protected override void Write(IDocumentOperations operations, Batch batch)
    {
        batch.Allocations.Write(operations, AllocationsTable, Number);
        batch.Contacts.Write(operations, ContactsTable, Number);
    }

    /// <summary>A batch's changes to the advisers allocated and the contacts.</summary>
    public sealed class Batch
    {
        public HeldChanges Allocations { get; } = new();
        public HeldChanges Contacts { get; } = new();
    }
}
