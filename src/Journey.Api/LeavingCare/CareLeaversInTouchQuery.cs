using Journey.Projections.LeavingCare;
using Npgsql;

namespace Journey.Api.LeavingCare;

/// <summary>
/// The care leavers' birthdays and whether the authority was in touch around each (SSDA903 OC3), as
/// care_leavers_in_touch_as_at derives them (decision 39): read by the in-touch endpoints within a reader's scope,
/// and by the SSDA903 return for a collection year in the return's own snapshot (decision 87).
/// </summary>
public static class CareLeaversInTouchQuery
{
    /// <summary>
    /// The rows as at <paramref name="asAt"/> (with <paramref name="asRecorded"/>, only what had been recorded by then) that
    /// <paramref name="where"/> keeps, its parameters added by <paramref name="parameters"/>.
    /// </summary>
    public static async Task<IReadOnlyList<CareLeaverInTouchRow>> Read(NpgsqlConnection connection, DateTimeOffset asAt, bool asRecorded, string where,
        string orderBy, Action<NpgsqlCommand> parameters, CancellationToken cancellation, int limit = 100000)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT child_id, age, birthday, window_from, window_to, in_touch, in_touch_code, activity, accommodation,
                   accommodation_suitable, contacted_at
            FROM {CareLeaverInTouchProjection.InTouchFunctionName}(@as_at, @as_recorded)
            WHERE {where}
            ORDER BY {orderBy}
            LIMIT @limit
            """, connection);
        command.Parameters.AddWithValue("as_at", asAt.ToUniversalTime());
        command.Parameters.AddWithValue("as_recorded", asRecorded);
        command.Parameters.AddWithValue("limit", limit);
        parameters(command);
        var rows = new List<CareLeaverInTouchRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new CareLeaverInTouchRow(reader.GetString(0), reader.GetInt32(1), reader.GetFieldValue<DateOnly>(2),
                Nullable<DateOnly>(reader, 3), Nullable<DateOnly>(reader, 4), Nullable<bool>(reader, 5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), Nullable<bool>(reader, 9), Nullable<DateTimeOffset>(reader, 10)));
        return rows;
    }

    private static T? Nullable<T>(NpgsqlDataReader reader, int ordinal) where T : struct =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
}
