using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// The Annex A workbook (decision 92): one sheet a list, <c>List 1</c> to <c>List 11</c>, the first row Ofsted's headings,
/// written with Microsoft's Open XML SDK, which makes every part of the package; nothing of the file format is written by
/// hand here. Dates are real Excel dates (a serial day number shown dd/mm/yyyy), whole numbers are numbers, and text is
/// an inline string: a cell holding text is never read as a formula, however it begins.
/// </summary>
public static class AnnexAWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The first number format a workbook may define itself (ECMA-376 Part 1, 18.8.30: 0 to 163 are built in).</summary>
    private const uint DateFormatId = 164;
    private const uint DateStyle = 1;
    private const uint HeadingStyle = 2;

    public static byte[] Write(IEnumerable<(IAnnexAList List, IReadOnlyList<AnnexARow> Rows)> lists)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (list, rows) in lists)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(1, list.Columns.Select(c => Text(c.Heading, HeadingStyle))));
                uint index = 2;
                foreach (var row in rows)
                {
                    data.Append(Row(index, row.Cells.Select((value, column) => Cell(value, list.Columns[column].Kind))));
                    index++;
                }
                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = list.SheetName() });
            }
        }
        return buffer.ToArray();
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(cell);
        }
        return row;
    }

    /// <summary>A cell as its column holds it; a blank is an empty cell, which Excel and the checks read as blank.</summary>
    private static Cell Cell(object? value, AnnexAKind kind) => (value, kind) switch
    {
        (null, _) => new Cell(),
        (DateOnly date, _) => new Cell
        {
            // The 1900 date system's serial day, as Excel and the checks' openpyxl read it (ToOADate counts from 30 December 1899).
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
            StyleIndex = DateStyle,
        },
        (int number, _) => new Cell { CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", null),
    };

    private static Cell Text(string text, uint? style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    /// <summary>A, B, ... Z, AA, AB: the column letters of a zero-based column.</summary>
    private static string ColumnName(int column) => column < 26 ? ((char)('A' + column)).ToString() : ColumnName(column / 26 - 1) + (char)('A' + column % 26);

    /// <summary>Three cell formats: 0 plain, 1 a date shown dd/mm/yyyy (as the template's dates are), 2 a bold heading.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = DateFormatId, ApplyNumberFormat = true }, new CellFormat { FontId = 1, ApplyFont = true }) { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
