namespace Journey.Projections.Kpis;

public static class KpiPack
{
    /// <summary>The team a child counts under when no one held the case at month end.</summary>
    public const string Unallocated = "unallocated";
}
