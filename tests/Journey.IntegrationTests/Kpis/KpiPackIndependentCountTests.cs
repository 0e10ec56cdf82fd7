using Journey.Domain.Kpis;
using Journey.Domain.Timescales;
using Journey.Projections.Kpis;
using Npgsql;

namespace Journey.IntegrationTests.Kpis;

/// <summary>
/// The KPI pack for a generated authority-year agrees, figure for figure, with a count made here
/// from the raw tables (clock start and stop instants, plans, visits, reviews, family links) and the
/// domain's own calendar and rulebook, without the SQL functions the pack is built from.
/// </summary>
public sealed class KpiPackIndependentCountTests(GeneratedAuthorityYear year) : IClassFixture<GeneratedAuthorityYear>
{
    private static readonly DateOnly FirstMonth = new(2024, 4, 1);
    private static readonly DateOnly LastMonth = new(2025, 3, 1);

    [Fact]
    public void Every_generated_line_passes_the_import_rules()
    {
        year.Report.Refused.ShouldBe(0, string.Join("; ", year.Report.Problems.Take(5).Select(p => $"line {p.Line} {p.Type}: {p.Violations[0].Message}")));
        year.Report.Stored.ShouldBeGreaterThan(1_000);
    }

    [Fact]
    public async Task The_pack_for_a_year_agrees_with_an_independent_count_figure_for_figure()
    {
        var raw = await RawTables.Read(year.ConnectionString);
        var pack = await Pack(asRecorded: false);
        var counter = new IndependentKpiCount(raw, TimelinessClocks.Default, KpiReference.Default.Population[0].Children);
        var checkedFigures = 0;
        foreach (var kpi in KpiReference.Default.Definitions)
        {
            var rowsInYear = 0;
            var notMetInYear = 0;
            for (var month = FirstMonth; month <= LastMonth; month = month.AddMonths(1))
            {
                var expected = counter.Count(kpi, month, asRecorded: false);
                var actual = pack[(kpi.KpiId, month)];
                var label = $"{kpi.KpiId} {month:yyyy-MM}";
                actual.Numerator.ShouldBe(expected.Numerator, label);
                actual.Denominator.ShouldBe(expected.Denominator, label);
                actual.Value.ShouldBe(expected.Value, label);
                actual.Families.ShouldBe(expected.Families, label);
                actual.FamiliesMet.ShouldBe(expected.FamiliesMet, label);
                rowsInYear += expected.Rows;
                notMetInYear += expected.NotMet;
                checkedFigures++;
            }
            // Each KPI counted something in the year, and each percentage saw a failure, so agreement means something.
            rowsInYear.ShouldBeGreaterThan(0, kpi.KpiId);
            if (kpi.Unit == KpiUnits.Percent) notMetInYear.ShouldBeGreaterThan(0, kpi.KpiId);
        }
        checkedFigures.ShouldBe(KpiReference.Default.Definitions.Count * 12);
    }

    [Fact]
    public async Task As_recorded_figures_count_only_what_was_recorded_by_each_month_end_and_differ_where_recording_lagged()
    {
        var raw = await RawTables.Read(year.ConnectionString);
        var occurred = await Pack(asRecorded: false);
        var recorded = await Pack(asRecorded: true);
        var counter = new IndependentKpiCount(raw, TimelinessClocks.Default, KpiReference.Default.Population[0].Children);
        var differing = new HashSet<string>();
        foreach (var kpi in KpiReference.Default.Definitions)
            for (var month = FirstMonth; month <= LastMonth; month = month.AddMonths(1))
            {
                var expected = counter.Count(kpi, month, asRecorded: true);
                var actual = recorded[(kpi.KpiId, month)];
                var label = $"{kpi.KpiId} {month:yyyy-MM} as recorded";
                actual.Numerator.ShouldBe(expected.Numerator, label);
                actual.Denominator.ShouldBe(expected.Denominator, label);
                actual.Value.ShouldBe(expected.Value, label);
                actual.Families.ShouldBe(expected.Families, label);
                actual.FamiliesMet.ShouldBe(expected.FamiliesMet, label);
                if (actual.Numerator != occurred[(kpi.KpiId, month)].Numerator || actual.Denominator != occurred[(kpi.KpiId, month)].Denominator)
                    differing.Add(kpi.KpiId);
            }
        // Recording lag shows in both kinds of KPI, so the as-recorded view of the chains is not the as-occurred one under another name.
        differing.ShouldContain(k => IndependentKpiCount.ClockKpis.Contains(k));
        differing.ShouldContain(k => IndependentKpiCount.ChainKpis.Contains(k));
    }

    [Fact]
    public async Task Team_figures_add_up_to_the_authority_figure()
    {
        await using var connection = new NpgsqlConnection(year.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand($"""
            SELECT a.kpi_id, a.month, a.numerator, a.denominator, sum(t.numerator), sum(t.denominator), count(t.team)
            FROM {KpiSchema.PackFunction}(@from, @to, false) a
            JOIN {KpiSchema.PackFunction}(@from, @to, false) t ON t.kpi_id = a.kpi_id AND t.month = a.month AND t.team IS NOT NULL
            WHERE a.team IS NULL AND a.unit = 'percent'
            GROUP BY a.kpi_id, a.month, a.numerator, a.denominator
            """, connection);
        command.Parameters.AddWithValue("from", FirstMonth);
        command.Parameters.AddWithValue("to", LastMonth);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = 0;
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            reader.GetInt64(4).ShouldBe(reader.GetInt64(2), reader.GetString(0));
            reader.GetDecimal(5).ShouldBe(reader.GetInt64(3), reader.GetString(0));
            reader.GetInt64(6).ShouldBeGreaterThan(1);
            rows++;
        }
        rows.ShouldBeGreaterThan(0);
    }

    private async Task<Dictionary<(string Kpi, DateOnly Month), PackFigure>> Pack(bool asRecorded)
    {
        await using var connection = new NpgsqlConnection(year.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT kpi_id, month, numerator, denominator, value, families, families_met FROM {KpiSchema.PackFunction}(@from, @to, @recorded) WHERE team IS NULL",
            connection);
        command.Parameters.AddWithValue("from", FirstMonth);
        command.Parameters.AddWithValue("to", LastMonth);
        command.Parameters.AddWithValue("recorded", asRecorded);
        var figures = new Dictionary<(string, DateOnly), PackFigure>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            figures[(reader.GetString(0), reader.GetFieldValue<DateOnly>(1))] = new PackFigure(reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetDecimal(4), reader.GetInt64(5), reader.GetInt64(6));
        return figures;
    }

    private sealed record PackFigure(long Numerator, long? Denominator, decimal? Value, long Families, long FamiliesMet);
}
