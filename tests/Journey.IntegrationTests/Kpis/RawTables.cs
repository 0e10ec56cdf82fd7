using Npgsql;

namespace Journey.IntegrationTests.Kpis;

/// <summary>
/// The projection tables as written, read whole, with when each row (and each episode's start and
/// end) was recorded: no SQL function of the measures or the pack is used.
/// </summary>
public sealed record RawTables(
    IReadOnlyList<RawTables.Clock> Clocks,
    IReadOnlyList<RawTables.Episode> ProtectionPlans,
    IReadOnlyList<RawTables.Held> ProtectionVisits,
    IReadOnlyList<RawTables.Held> ReviewConferences,
    IReadOnlyList<RawTables.Episode> ChildInNeedPlans,
    IReadOnlyList<RawTables.Held> ChildInNeedVisits,
    IReadOnlyList<RawTables.Episode> CareEpisodes,
    IReadOnlyList<RawTables.Held> LookedAfterReviews,
    IReadOnlyList<RawTables.FamilyLink> FamilyLinks,
    IReadOnlyList<RawTables.Supervision> Supervisions,
    IReadOnlyList<RawTables.Placement> Placements,
    IReadOnlyList<RawTables.Held> LookedAfterVisits)
{
    public sealed record Clock(string ChildId, string Measure, int Episode, DateTimeOffset StartAt, DateTimeOffset? ActualAt,
        DateTimeOffset? NotDueFrom, DateTimeOffset? StartRecordedAt, DateTimeOffset? ActualRecordedAt);
    public sealed record Episode(string ChildId, int Number, DateTimeOffset StartedAt, DateTimeOffset? EndedAt,
        DateTimeOffset? StartedRecordedAt, DateTimeOffset? EndedRecordedAt);
    public sealed record Held(string ChildId, int Number, DateTimeOffset HeldAt, DateTimeOffset? RecordedAt);
    public sealed record Placement(string ChildId, int CareEpisode, int Number, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, bool LongTerm,
        DateTimeOffset? StartedRecordedAt, DateTimeOffset? EndedRecordedAt);
    public sealed record Supervision(string ChildId, DateTimeOffset HeldAt, DateTimeOffset? RecordedAt);
    public sealed record FamilyLink(string ChildId, string FamilyId, DateTimeOffset LinkedAt, DateTimeOffset? UnlinkedAt);

    public static async Task<RawTables> Read(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new RawTables(
            await Rows(connection, "SELECT child_id, measure, episode, start_at, actual_at, not_due_from, start_recorded_at, actual_recorded_at FROM journey.measure_clocks",
                r => new Clock(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetFieldValue<DateTimeOffset>(3), Instant(r, 4), Instant(r, 5), Instant(r, 6), Instant(r, 7))),
            await Episodes(connection, "SELECT child_id, plan_number, started_at, ended_at, started_recorded_at, ended_recorded_at FROM journey.protection_plans"),
            await HeldRows(connection, "SELECT child_id, plan_number, held_at, recorded_at FROM journey.protection_visits"),
            await HeldRows(connection, "SELECT child_id, plan_number, held_at, recorded_at FROM journey.review_conferences"),
            await Episodes(connection, "SELECT child_id, plan_number, started_at, ended_at, started_recorded_at, ended_recorded_at FROM journey.child_in_need_plans"),
            await HeldRows(connection, "SELECT child_id, plan_number, held_at, recorded_at FROM journey.child_in_need_visits"),
            await Episodes(connection, "SELECT child_id, care_episode_number, entered_at, left_at, started_recorded_at, ended_recorded_at FROM journey.care_episodes"),
            await HeldRows(connection, "SELECT child_id, care_episode_number, held_at, recorded_at FROM journey.looked_after_reviews"),
            await Rows(connection, "SELECT child_id, family_id, linked_at, unlinked_at FROM journey.family_members",
                r => new FamilyLink(r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), Instant(r, 3))),
            await Rows(connection, "SELECT child_id, held_at, recorded_at FROM journey.supervisions",
                r => new Supervision(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1), Instant(r, 2))),
            await Rows(connection, """
                SELECT child_id, care_episode_number, placement_number, started_at, ended_at, long_term, started_recorded_at, ended_recorded_at
                FROM journey.placements
                """,
                r => new Placement(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetFieldValue<DateTimeOffset>(3), Instant(r, 4), r.GetBoolean(5),
                    Instant(r, 6), Instant(r, 7))),
            await HeldRows(connection, "SELECT child_id, care_episode_number, held_at, recorded_at FROM journey.looked_after_visits"));
    }

    private static Task<List<Episode>> Episodes(NpgsqlConnection connection, string sql) =>
        Rows(connection, sql, r => new Episode(r.GetString(0), r.GetInt32(1), r.GetFieldValue<DateTimeOffset>(2), Instant(r, 3), Instant(r, 4), Instant(r, 5)));

    private static Task<List<Held>> HeldRows(NpgsqlConnection connection, string sql) =>
        Rows(connection, sql, r => new Held(r.GetString(0), r.GetInt32(1), r.GetFieldValue<DateTimeOffset>(2), Instant(r, 3)));

    private static async Task<List<T>> Rows<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }

    private static DateTimeOffset? Instant(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
