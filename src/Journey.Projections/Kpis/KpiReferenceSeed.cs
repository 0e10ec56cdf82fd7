using Journey.Domain.Kpis;
using Marten;
using Marten.Schema;
using Npgsql;

namespace Journey.Projections.Kpis;

/// <summary>Writes the KPI definitions, comparators and child population into their tables at start-up, replacing what was there.</summary>
public sealed class KpiReferenceSeed(KpiReference reference) : IInitialData
{
    public async Task Populate(IDocumentStore store, CancellationToken cancellation)
    {
        // A KPI in kpis.csv with nothing counting it would show zeros that look like performance.
        var uncounted = reference.Definitions.Select(d => d.KpiId).Where(id => !KpiSchema.CountedKpis.Contains(id)).ToList();
        if (uncounted.Count > 0)
            throw new InvalidOperationException($"kpis.csv names KPIs the pack cannot count: {string.Join(", ", uncounted)} (see Kpis/kpi_children_of_months.sql).");
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var tx = await connection.BeginTransactionAsync(cancellation);
        var kpis = reference.Definitions;
        await Execute(connection, $"""
            DELETE FROM {KpiSchema.KpisTable.QualifiedName};
            INSERT INTO {KpiSchema.KpisTable.QualifiedName}
              (kpi_id, position, number, title, frequency, service_area, better, unit, green_from, amber_from, basis)
            SELECT * FROM unnest(@a, @b, @c, @d, @e, @f, @g, @h, @i, @j, @k);
            """, cancellation,
            kpis.Select(k => k.KpiId).ToArray(), Enumerable.Range(1, kpis.Count).ToArray(), kpis.Select(k => k.Number).ToArray(),
            kpis.Select(k => k.Title).ToArray(), kpis.Select(k => k.Frequency).ToArray(), kpis.Select(k => k.ServiceArea).ToArray(),
            kpis.Select(k => k.Better).ToArray(), kpis.Select(k => k.Unit).ToArray(), kpis.Select(k => k.GreenFrom).ToArray(),
            kpis.Select(k => k.AmberFrom).ToArray(), kpis.Select(k => k.Basis).ToArray());
        var comparators = reference.Comparators;
        await Execute(connection, $"""
            DELETE FROM {KpiSchema.ComparatorsTable.QualifiedName};
            INSERT INTO {KpiSchema.ComparatorsTable.QualifiedName} (kpi_id, comparator, effective_from, value, source)
            SELECT * FROM unnest(@a, @b, @c, @d, @e);
            """, cancellation,
            comparators.Select(c => c.KpiId).ToArray(), comparators.Select(c => c.Comparator).ToArray(),
            comparators.Select(c => c.EffectiveFrom).ToArray(), comparators.Select(c => c.Value).ToArray(), comparators.Select(c => c.Source).ToArray());
        var population = reference.Population;
        await Execute(connection, $"""
            DELETE FROM {KpiSchema.PopulationTable.QualifiedName};
            INSERT INTO {KpiSchema.PopulationTable.QualifiedName} (effective_from, children, source)
            SELECT * FROM unnest(@a, @b, @c);
            """, cancellation,
            population.Select(p => p.EffectiveFrom).ToArray(), population.Select(p => p.Children).ToArray(), population.Select(p => p.Source).ToArray());
        // After the calendar and rulebook seed (JourneyStore.Seeds): kept KPI months worked out with others are marked (decision 144).
        await Execute(connection, $"SELECT {KpiKeptSchema.NoteReferenceFunction}()", cancellation);
        await tx.CommitAsync(cancellation);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellation, params object[] arrays)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < arrays.Length; i++) command.Parameters.AddWithValue(((char)('a' + i)).ToString(), arrays[i]);
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
