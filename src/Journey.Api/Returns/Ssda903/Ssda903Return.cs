using Journey.Domain.Journeys;
using Marten;
using Npgsql;

namespace Journey.Api.Returns.Ssda903;

/// <summary>
/// The SSDA903 return (children looked after by local authorities in England) for a collection year: the eleven CSV
/// files of "Children looked after by local authorities in England: guide to the SSDA903 collection, 1 April 2025 to
/// 31 March 2026", in the DfE's CSV format, built from every child's journey (decisions 86 to 89; docs/returns.md).
/// It holds every child looked after at any time during the year (with episodes) and every care leaver whose 17th to
/// 21st birthday fell in it (OC3); each file holds what the guide asks of them.
/// </summary>
public sealed class Ssda903Return(IDocumentStore store, TimeProvider clock) : IStatutoryReturn
{
    public const string ReturnName = "ssda903";

    /// <summary>
    /// The collection years whose files and codes these are (decision 88): 2024/25 and 2025/26 share the eleven files,
    /// SEX coded M, F or U (from 2024/25) and the social worker episodes (from 2023/24). 2026/27 adds a file.
    /// </summary>
    public static readonly IReadOnlyList<int> Years = [2025, 2026];

    public string Name => ReturnName;
    public string Title => "SSDA903 return";
    public IReadOnlyList<string> FileNames { get; } = Ssda903Files.All.Select(f => f.Name).ToArray();

    public IEnumerable<RuleViolation> Refuse(ReturnParameters parameters) => Years.Contains(parameters.Year.EndYear)
        ? []
        : [new RuleViolation("year", "collection-year",
            $"The SSDA903 return is built for the years {string.Join(" and ", Years)} (2024/25 and 2025/26): their files and codes are these. " +
            "2026/27 adds a deprivation of liberty file not built yet.")];

    /// <summary>Outside a return's snapshot (a test, say): the care leavers are read on a connection of its own.</summary>
    public async Task<ReturnBuild> Build(ReturnParameters parameters, IAsyncEnumerable<ChildJourney> journeys, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        return await Build(parameters, connection, journeys, cancellation);
    }

    public Task<ReturnBuild> Build(ReturnParameters parameters, IQuerySession snapshot, IAsyncEnumerable<ChildJourney> journeys, CancellationToken cancellation) =>
        Build(parameters, snapshot.Connection ?? throw new InvalidOperationException("The return's snapshot has no open connection."), journeys, cancellation);

    private async Task<ReturnBuild> Build(ReturnParameters parameters, NpgsqlConnection connection, IAsyncEnumerable<ChildJourney> journeys, CancellationToken cancellation)
    {
        // The care leavers first: the journeys are then read on the same connection, one result at a time.
        var careLeavers = await Ssda903CareLeavers.Read(connection, parameters, clock.GetUtcNow(), cancellation);
        var tables = new Ssda903Tables();
        var gaps = new Ssda903Gaps();
        await foreach (var journey in journeys.WithCancellation(cancellation))
        {
            var child = new Ssda903Child(journey, parameters.Year);
            var careLeaver = careLeavers.GetValueOrDefault(journey.Id);
            // "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their
            // birthday" (rule 1016): looked after on the birthday, they were not yet a care leaver on it.
            if (careLeaver is not null && child.LeftCareOnOrAfter(careLeaver.Birthday)) careLeaver = null;
            if (!child.LookedAfterInYear && careLeaver is null) continue;
            Ssda903CareRows.Header(child, tables, gaps);
            if (child.LookedAfterInYear)
            {
                Ssda903CareRows.Episodes(child, tables, gaps);
                Ssda903CareRows.Reviews(child, tables);
                Ssda903CareRows.Uasc(child, tables);
                Ssda903OutcomeRows.Oc2(child, tables, gaps);
                Ssda903OutcomeRows.Ad1(child, tables, gaps);
                Ssda903OutcomeRows.PlacedForAdoption(child, tables, gaps);
                Ssda903CareRows.PreviousPermanence(child, tables, gaps);
                Ssda903MissingAndWorkerRows.Missing(child, tables, gaps);
                Ssda903MissingAndWorkerRows.SocialWorkerEpisodes(child, tables, gaps);
            }
            if (careLeaver is not null) Ssda903CareLeavers.Oc3(child, careLeaver, tables, gaps);
        }
        return ReturnBuild.Of(tables.Files(), gaps.Items);
    }
}
