using System.Text;
using Journey.Api.Returns;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.IntegrationTests.Returns;

/// <summary>
/// A return of the tests' own, for the plumbing every return shares: a row per child with a contact received in the
/// collection year (children.csv) and a row per such contact (contacts.csv, in the two-file form); a child with no
/// date of birth recorded is missing its DOB. Years before 2012 are refused, as a return refuses what its
/// specification does not cover.
/// </summary>
public sealed class ContactsReturn(string name, bool withContacts) : IStatutoryReturn
{
    public static readonly ContactsReturn TwoFiles = new("test-contacts", withContacts: true);
    public static readonly ContactsReturn OneFile = new("test-children", withContacts: false);
    public const int FirstYear = 2012;

    public string Name => name;
    public string Title => "test return " + name;
    public IReadOnlyList<string> FileNames => withContacts ? ["children.csv", "contacts.csv"] : ["children.csv"];

    public IEnumerable<RuleViolation> Refuse(ReturnParameters parameters) =>
        parameters.Year.EndYear < FirstYear ? [new RuleViolation("year", "collection-year", $"The test return starts in {FirstYear}.")] : [];

    public async Task<ReturnBuild> Build(ReturnParameters parameters, IAsyncEnumerable<ChildJourney> journeys, CancellationToken cancellation)
    {
        var children = new StringBuilder("child\n");
        var contacts = new StringBuilder("child,received\n");
        var held = new List<string>();
        var missing = new List<MissingItem>();
        await foreach (var journey in journeys.WithCancellation(cancellation))
        {
            var received = journey.Contacts.Select(c => UkTime.DateOf(c.ReceivedAt)).Where(parameters.Year.Contains).ToArray();
            if (received.Length == 0) continue;
            held.Add(journey.Id);
            children.Append(journey.Id).Append('\n');
            foreach (var day in received) contacts.Append($"{journey.Id},{day:yyyy-MM-dd}\n");
            if (journey.DateOfBirth is null) missing.Add(new MissingItem(journey.Id, "children.csv", "DOB", "No date of birth is recorded."));
        }
        ReturnFile Csv(string file, StringBuilder text) => new(file, "text/csv", Encoding.UTF8.GetBytes(text.ToString()), held);
        return ReturnBuild.Of(withContacts ? [Csv("children.csv", children), Csv("contacts.csv", contacts)] : [Csv("children.csv", children)], missing);
    }
}
