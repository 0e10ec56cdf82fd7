namespace Journey.Api.Returns;

/// <summary>
/// A statutory collection year, named as the DfE and the validators' <c>--year</c> name it: by the year it ends,
/// so 2026 is 2025/26, 1 April 2025 to 31 March 2026 ("census period: 1 April 2025 to 31 March 2026", CIN census
/// 2025 to 2026 guide; SSDA903 "year ending 31 March 2026"). Days are UK days (UkTime).
/// </summary>
public readonly record struct CollectionYear(int EndYear)
{
    /// <summary>1 April of the year before.</summary>
    public DateOnly Start => new(EndYear - 1, 4, 1);

    /// <summary>31 March: the CIN census ReferenceDate and the 903's year end.</summary>
    public DateOnly End => new(EndYear, 3, 31);

    /// <summary>2025/26.</summary>
    public string Label => $"{EndYear - 1}/{EndYear % 100:00}";

    /// <summary>2025-26, for file names.</summary>
    public string FileLabel => $"{EndYear - 1}-{EndYear % 100:00}";

    /// <summary>The collection year a day falls in: 31 March 2026 is in 2025/26, 1 April 2026 in 2026/27.</summary>
    public static CollectionYear Of(DateOnly day) => new(day.Month >= 4 ? day.Year + 1 : day.Year);

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public override string ToString() => Label;
}
