using Journey.Domain.Calendars;
using Journey.Domain.Timescales;
using Marten;
using Marten.Schema;
using Npgsql;

namespace Journey.Projections.Reference;

/// <summary>
/// Writes the calendar and the rulebook into their tables at start-up, replacing what was there,
/// so SQL measures and the service count working days from the same data.
/// </summary>
public sealed class ReferenceDataSeed(WorkingDayCalendar calendar, TimescaleRulebook rulebook) : IInitialData
{
    public async Task Populate(IDocumentStore store, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var tx = await connection.BeginTransactionAsync(cancellation);
        await WriteCalendar(connection, cancellation);
        await WriteRules(connection, cancellation);
        await tx.CommitAsync(cancellation);
    }

    private async Task WriteCalendar(NpgsqlConnection connection, CancellationToken cancellation)
    {
        var holidays = calendar.BankHolidays.ToDictionary(h => h.Date, h => h.Name);
        var days = new List<DateOnly>();
        var working = new List<bool>();
        var index = new List<int>();
        var names = new List<string?>();
        var count = 0;
        for (var day = calendar.CoversFrom; day <= calendar.CoversTo; day = day.AddDays(1))
        {
            var isWorking = calendar.IsWorkingDay(day);
            if (isWorking) count++;
            days.Add(day);
            working.Add(isWorking);
            index.Add(count);
            names.Add(holidays.GetValueOrDefault(day));
        }

        await using var command = new NpgsqlCommand($"""
            DELETE FROM {ReferenceSchema.CalendarTable.QualifiedName};
            INSERT INTO {ReferenceSchema.CalendarTable.QualifiedName} (day, is_working_day, working_day_index, bank_holiday)
            SELECT * FROM unnest(@days, @working, @index, @names);
            """, connection);
        command.Parameters.AddWithValue("days", days.ToArray());
        command.Parameters.AddWithValue("working", working.ToArray());
        command.Parameters.AddWithValue("index", index.ToArray());
        command.Parameters.AddWithValue("names", names.ToArray());
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private async Task WriteRules(NpgsqlConnection connection, CancellationToken cancellation)
    {
        var rules = rulebook.Rules.ToArray();
        await using var command = new NpgsqlCommand($"""
            DELETE FROM {ReferenceSchema.RulesTable.QualifiedName};
            INSERT INTO {ReferenceSchema.RulesTable.QualifiedName} (rule_id, measure, unit, target, effective_from, basis, counting, words, words_from)
            SELECT * FROM unnest(@ids, @measures, @units, @targets, @from, @basis, @counting, @words, @wordsFrom);
            """, connection);
        command.Parameters.AddWithValue("ids", rules.Select(r => r.RuleId).ToArray());
        command.Parameters.AddWithValue("measures", rules.Select(r => r.Measure).ToArray());
        command.Parameters.AddWithValue("units", rules.Select(r => TimescaleUnits.Name(r.Unit)).ToArray());
        command.Parameters.AddWithValue("targets", rules.Select(r => r.Target).ToArray());
        command.Parameters.AddWithValue("from", rules.Select(r => r.EffectiveFrom).ToArray());
        command.Parameters.AddWithValue("basis", rules.Select(r => r.Basis).ToArray());
        command.Parameters.AddWithValue("counting", rules.Select(r => TimescaleCountings.Name(r.Counting)).ToArray());
        command.Parameters.AddWithValue("words", rules.Select(r => r.Words).ToArray());
        command.Parameters.AddWithValue("wordsFrom", rules.Select(r => r.WordsFrom).ToArray());
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
