namespace Journey.Synthetic;

/// <param name="Seed">The same seed and options give the same lines.</param>
/// <param name="From">The first day contacts arrive.</param>
/// <param name="Years">Authority-years of contacts from <paramref name="From"/>.</param>
/// <param name="ChildrenPerYear">Children whose first contact falls in each year.</param>
/// <param name="Now">Nothing happens or is recorded after this instant; journeys still open then stay open.</param>
/// <param name="ChildPrefix">Child ids are the prefix and a number; families likewise.</param>
public sealed record GeneratorOptions(int Seed, DateOnly From, int Years, int ChildrenPerYear, DateTimeOffset Now, string ChildPrefix = "SYN");
