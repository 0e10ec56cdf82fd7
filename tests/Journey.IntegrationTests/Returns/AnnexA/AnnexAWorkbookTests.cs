using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Journey.Api.Returns;
using Journey.Api.Returns.AnnexA;
using Journey.IntegrationTests.Access;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Journey.IntegrationTests.Returns.AnnexA;

/// <summary>
/// The Annex A return as the returns officer downloads it and the command writes it, over the demo journeys: the
/// workbook opens with the Open XML SDK with its eleven sheets, each headed by its list's columns, dates as real Excel
/// dates and counts as numbers; each list as CSV with the same rows; a collection year alone means the periods before
/// its 31 March; every answer is logged as a read of exactly the children it holds.
/// </summary>
[Collection(AnnexADemoHost.Collection)]
public sealed class AnnexAWorkbookTests(AnnexADemoHost fixture)
{
    private HttpClient Officer() => fixture.Host.ClientFor("returns.officer.rae", "returns-officer");

    [Fact]
    public async Task The_return_is_a_zip_of_the_workbook_and_each_list_as_CSV_the_workbook_opening_with_eleven_headed_sheets()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var (response, correlation) = await AccessLogRows.Read(Officer(), $"/api/returns/annex-a?periodEnd={AnnexADemoHost.PeriodEnd}");

        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync(cancellation));
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("annex-a-2026-27.zip");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(cancellation));
        zip.Entries.Select(e => e.FullName).ShouldBe(new AnnexAReturn().FileNames);
        var workbook = Sheets(zip.GetEntry(AnnexAReturn.WorkbookName)!);

        workbook.Select(s => s.Name).ShouldBe(Enumerable.Range(1, 11).Select(n => $"List {n}"));
        var everyone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (list, (name, rows)) in AnnexALists.All.Zip(workbook))
        {
            rows[0].Select(c => c.Text).ShouldBe(list.Columns.Select(c => c.Heading), name);
            var csv = Lines(zip.GetEntry(list.FileName())!);
            csv[0].ShouldBe(string.Join(',', list.Columns.Select(c => c.Heading)), name);
            (csv.Length - 1).ShouldBe(rows.Count - 1, $"{name}: the CSV holds the workbook's rows");
            everyone.UnionWith(rows.Skip(1).Select(r => r[0].Text!));
        }
        // Lists 1, 3 and 8 of the demo: a date, a code, a count; the same cells in the CSV.
        var contacts = workbook[0].Rows[1];
        contacts[5].Style.ShouldBe(1u, "a date is a number shown as a date");
        DateTime.FromOADate(double.Parse(contacts[5].Number!, System.Globalization.CultureInfo.InvariantCulture)).Date
            .ShouldBe(DateTime.ParseExact(Lines(zip.GetEntry("list-1-contacts.csv")!)[1].Split(',')[5], "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        workbook[2].Rows.Skip(1).ShouldAllBe(r => r[8].Number != null, "the number of referrals in the last 12 months is a number");
        workbook[7].Rows.Count.ShouldBeGreaterThan(1, "the demo has children in care");
        workbook[10].Rows.Count.ShouldBe(1, "adopters are not recorded: List 11 is its headings");

        var row = (await AccessLogRows.ByCorrelation(fixture.Host, correlation)).ShouldHaveSingleItem();
        row.Scope.ShouldBe("return");
        row.ChildIds.ShouldBe(everyone.Order(StringComparer.Ordinal));
        row.Parameters["periodEnd"].ShouldBe(AnnexADemoHost.PeriodEnd);
    }

    [Fact]
    public async Task A_collection_year_alone_gives_the_periods_before_its_31_March()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var byYear = await Officer().GetByteArrayAsync("/api/returns/annex-a/list-3-referrals.csv?year=2026", cancellation);
        var byEnd = await Officer().GetByteArrayAsync("/api/returns/annex-a/list-3-referrals.csv?periodEnd=2026-03-31", cancellation);
        var asked = await Officer().GetByteArrayAsync("/api/returns/annex-a/list-3-referrals.csv?from=2025-10-01&to=2026-03-31", cancellation);

        byYear.ShouldBe(byEnd);
        byYear.ShouldBe(asked);
        System.Text.Encoding.UTF8.GetString(byYear).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(1, "the demo has referrals in those six months");
    }

    [Fact]
    public async Task The_command_writes_the_workbook_and_every_list_for_the_period_and_logs_it()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var directory = Directory.CreateTempSubdirectory("annex-a-command-").FullName;
        var output = new StringWriter();
        var asker = $"officer.{Guid.NewGuid():N}"[..20];

        var written = await ReturnWriter.Write(new ReturnRequest("annex-a", null, null, asker, directory, PeriodEnd: AnnexADemoHost.PeriodEnd),
            fixture.Host.Services.GetRequiredService<StatutoryReturns>(), fixture.Host.Store, TimeProvider.System, output, cancellation);

        written.ShouldBeTrue(output.ToString());
        output.ToString().ShouldStartWith("Ofsted Annex A the periods to 23 November 2026, as the journeys stand now:");
        Directory.GetFiles(directory).Select(Path.GetFileName).Order().ShouldBe(new AnnexAReturn().FileNames.Order());
        // The same workbook as the API's, cell by cell (the package's own timestamps differ by the second it was written).
        Cells(Sheets(await File.ReadAllBytesAsync(Path.Combine(directory, AnnexAReturn.WorkbookName), cancellation)))
            .ShouldBe(Cells(Sheets(await Officer().GetByteArrayAsync($"/api/returns/annex-a/annex-a.xlsx?periodEnd={AnnexADemoHost.PeriodEnd}", cancellation))));
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand("SELECT parameters->>'return', parameters->>'periodEnd', parameters->>'year' FROM journey.access_log WHERE user_name = @user", connection);
        command.Parameters.AddWithValue("user", asker);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        (await reader.ReadAsync(cancellation)).ShouldBeTrue("the command's read is logged");
        (reader.GetString(0), reader.GetString(1), reader.GetString(2)).ShouldBe(("annex-a", AnnexADemoHost.PeriodEnd, "2027"));
    }

    private sealed record Written(string? Text, string? Number, uint? Style);

    /// <summary>Each sheet's name and rows as the Open XML SDK reads them back: inline text, or a number with its style.</summary>
    private static List<(string Name, List<Written[]> Rows)> Sheets(ZipArchiveEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(buffer);
        return Sheets(buffer.ToArray());
    }

    private static string[] Cells(List<(string Name, List<Written[]> Rows)> sheets) =>
        sheets.SelectMany(s => s.Rows.Select(r => $"{s.Name}|{string.Join('|', r.Select(c => $"{c.Text}/{c.Number}/{c.Style}"))}")).ToArray();

    private static List<(string Name, List<Written[]> Rows)> Sheets(byte[] workbook)
    {
        using var buffer = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(buffer, false);
        var part = document.WorkbookPart!;
        return part.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var data = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            var rows = data.Elements<Row>().Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString
                ? new Written(c.InlineString!.Text!.Text, null, c.StyleIndex?.Value)
                : new Written(null, c.CellValue?.Text, c.StyleIndex?.Value)).ToArray()).ToList();
            return (sheet.Name!.Value!, rows);
        }).ToList();
    }

    private static string[] Lines(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
