using System.Text;

namespace Journey.Domain.Calendars;

public sealed partial class WorkingDayCalendar
{
    /// <summary>Logical name under which Journey.Domain.csproj embeds the seed file.</summary>
    private const string EnglandAndWalesResourceName = "Journey.Reference.bank-holidays-england-and-wales.csv";

    // Lazy<T> defaults to thread-safe, run-once initialisation; parsing happens on first use only.
    private static readonly Lazy<WorkingDayCalendar> EnglandAndWalesCalendar = new(LoadEnglandAndWales);

    /// <summary>
    /// England and Wales, from the embedded seeds/reference/bank-holidays-england-and-wales.csv.
    /// Covers whole years from the first to the last year in that file (2010-01-01 to 2035-12-31).
    /// </summary>
    public static WorkingDayCalendar EnglandAndWales => EnglandAndWalesCalendar.Value;

    /// <summary>
    /// Reads a <c>date,name</c> CSV; the coverage is every whole year from the first to the last
    /// year the file lists.
    /// </summary>
    /// <exception cref="BankHolidayCsvFormatException">A line is malformed; the message names it.</exception>
    public static WorkingDayCalendar Parse(string name, TextReader csv)
    {
        var holidays = BankHolidayCsv.Read(name, csv);
        return new WorkingDayCalendar(
            name,
            new DateOnly(holidays[0].Date.Year, 1, 1),
            new DateOnly(holidays[^1].Date.Year, 12, 31),
            holidays.AsReadOnly());
    }

    /// <summary>
    /// Reads a <c>date,name</c> CSV with an explicit coverage, e.g. to narrow a calendar. Every
    /// year the coverage touches must be listed in the file (so a year can never be covered
    /// without its holidays); listed holidays outside the coverage are dropped.
    /// </summary>
    /// <exception cref="BankHolidayCsvFormatException">A line is malformed; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The coverage is empty or reaches a year the file does not list.</exception>
    public static WorkingDayCalendar Parse(string name, TextReader csv, DateOnly coversFrom, DateOnly coversTo)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(coversFrom, coversTo);
        var holidays = BankHolidayCsv.Read(name, csv);

        int firstListedYear = holidays[0].Date.Year, lastListedYear = holidays[^1].Date.Year;
        if (coversFrom.Year < firstListedYear || coversTo.Year > lastListedYear)
        {
            throw new ArgumentOutOfRangeException(
                coversFrom.Year < firstListedYear ? nameof(coversFrom) : nameof(coversTo),
                $"The requested {name} coverage {Iso(coversFrom)} to {Iso(coversTo)} reaches beyond the years the CSV lists ({firstListedYear} to {lastListedYear}).");
        }

        var covered = holidays.Where(holiday => holiday.Date >= coversFrom && holiday.Date <= coversTo).ToList();
        return new WorkingDayCalendar(name, coversFrom, coversTo, covered.AsReadOnly());
    }

    private static WorkingDayCalendar LoadEnglandAndWales()
    {
        var assembly = typeof(WorkingDayCalendar).Assembly;
        using var stream = assembly.GetManifestResourceStream(EnglandAndWalesResourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource '{EnglandAndWalesResourceName}' is missing from {assembly.GetName().Name}; check the EmbeddedResource items in Journey.Domain.csproj.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse("England and Wales", reader);
    }
}
