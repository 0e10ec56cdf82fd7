namespace Journey.Domain.Children;

/// <summary>A child's age in whole years on a day: the birthdays passed by then (the statutory returns' "age at").</summary>
public static class ChildAge
{
    /// <summary>Null before the child was born.</summary>
    public static int? On(DateOnly born, DateOnly day)
    {
        if (day < born) return null;
        var years = day.Year - born.Year;
        return born.AddYears(years) > day ? years - 1 : years;
    }
}
