using System.Globalization;
using Journey.Api.Hosting;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// A list as CSV, through the one CSV writer (decision 71): the template's headings, then a row a cell each; text is
/// neutralised as every CSV's is; dates are DD/MM/YYYY as the template writes them and liia-tools reads them from text;
/// whole numbers are numbers.
/// </summary>
public static class AnnexACsv
{
    public static string Write(IAnnexAList list, IReadOnlyList<AnnexARow> rows) =>
        CsvText.Write(string.Join(',', list.Columns.Select(c => c.Heading)), rows, row => row.Cells.Select(Cell));

    private static CsvCell Cell(object? value) => value switch
    {
        null => new CsvCell("", false),
        DateOnly date => new CsvCell(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), false),
        int number => CsvText.Number(number),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
