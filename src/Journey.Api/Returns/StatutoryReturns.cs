namespace Journey.Api.Returns;

/// <summary>Every return registered (<see cref="ReturnsRegistration"/>), found by its name as the route and the command give it.</summary>
public sealed class StatutoryReturns(IEnumerable<IStatutoryReturn> returns)
{
    public IReadOnlyList<IStatutoryReturn> All { get; } = returns.OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The return of this name, exactly as written (names are lower case: cin, ssda903, annex-a), as code names are matched (decision 69).</summary>
    public IStatutoryReturn? Find(string name) => All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));

    public string Names => string.Join(", ", All.Select(r => r.Name));
}
