namespace Journey.Domain.Kpis;

/// <summary>How a KPI's month is counted (domain reference section 4).</summary>
public static class KpiFrequencies
{
    /// <summary>What happened in the month (decisions made, conferences held, interviews due).</summary>
    public const string MonthlyFlow = "monthly-flow";
    /// <summary>How things stood at the end of the month's last day.</summary>
    public const string AsAtMonthEnd = "as-at-month-end";
    /// <summary>What happened from 1 April of the reporting year to the month's end.</summary>
    public const string CumulativeYearToDate = "cumulative-ytd";

    public static readonly IReadOnlyList<string> All = [MonthlyFlow, AsAtMonthEnd, CumulativeYearToDate];
}

public static class KpiUnits
{
    /// <summary>Rows meeting the standard as a share of the rows counted.</summary>
    public const string Percent = "percent";
    /// <summary>Children counted per 10,000 children in the authority's population.</summary>
    public const string PerTenThousand = "per-10000";
    /// <summary>Children counted.</summary>
    public const string Count = "count";

    public static readonly IReadOnlyList<string> All = [Percent, PerTenThousand, Count];
}

/// <summary>
/// One KPI of the monthly pack (seeds/reference/kpis.csv): its frequency, whether higher or lower
/// is better, its unit, and the red/amber/green thresholds: green when the value is at
/// <see cref="GreenFrom"/> or better, amber at <see cref="AmberFrom"/> or better, red otherwise.
/// </summary>
public sealed record KpiDefinition(
    string KpiId,
    string Number,
    string Title,
    string Frequency,
    string ServiceArea,
    string Better,
    string Unit,
    decimal GreenFrom,
    decimal AmberFrom,
    string Basis);

/// <summary>A comparator's published value for a KPI (statistical neighbours, England, region), in force from a date.</summary>
public sealed record KpiComparator(string KpiId, string Comparator, DateOnly EffectiveFrom, decimal Value, string Source);

/// <summary>The authority's population of children aged 0-17, in force from a date (for rates per 10,000).</summary>
public sealed record ChildPopulation(DateOnly EffectiveFrom, int Children, string Source);
