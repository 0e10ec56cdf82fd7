namespace Journey.Api.Kpis;

/// <summary>One KPI for one month, for the authority (team null) or one team: a row of journey.kpi_pack.</summary>
public sealed record KpiPackRow(
    string KpiId,
    string Number,
    string Title,
    string Frequency,
    string ServiceArea,
    string Better,
    string Unit,
    string? Team,
    KpiPackMonth Figures);

/// <summary>A KPI with its months, as the pack's JSON groups them.</summary>
public sealed record KpiPackEntry(
    string KpiId,
    string Number,
    string Title,
    string Frequency,
    string ServiceArea,
    string Better,
    string Unit,
    IReadOnlyList<KpiPackMonth> Months);

public sealed record KpiPackMonth(
    DateOnly Month,
    long Numerator,
    long? Denominator,
    decimal? Value,
    decimal? ChangeFromLastMonth,
    decimal? PreviousThreeMonthAverage,
    long Families,
    long FamiliesMet,
    decimal? FamilyValue,
    decimal? StatisticalNeighbours,
    decimal? England,
    decimal? WestMidlands,
    string? DirectionVsStatisticalNeighbours,
    string? DirectionVsEngland,
    string? Rag);

/// <summary>The pack for a range of months, for the authority or one team, in one view.</summary>
public sealed record KpiPackAnswer(DateOnly From, DateOnly To, string? Team, bool AsRecorded, IReadOnlyList<KpiPackEntry> Kpis);

/// <summary>One child (and episode) a KPI counted in a month: the rows behind a figure.</summary>
public sealed record KpiChildRow(string KpiId, string ChildId, int Episode, string? Team, string? Worker, string FamilyId, bool? Met);
