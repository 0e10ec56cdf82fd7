using Journey.Api.LeavingCare;
using Npgsql;

namespace Journey.Api.Returns.Ssda903;

/// <summary>
/// oc3.csv: the care leavers whose 17th to 21st birthday fell in the collection year, whether the authority was in
/// touch around it and their activity and accommodation, as the journey already derives them for the in-touch list
/// (care_leavers_in_touch_as_at, decision 39): read in the return's own snapshot, as the journeys stood then or as
/// recorded by the instant asked for (decision 87). One row per care leaver and birthday in the year (a child has one).
/// </summary>
public static class Ssda903CareLeavers
{
    /// <summary>IN_TOUCH codes after which no activity or accommodation is reported: "0" (rule 344: died, or returned home for 6 months or more).</summary>
    private static readonly HashSet<string> NothingToReport = ["DIED", "RHOM"];

    private const string InTouch = "YES";
    private const string NotInTouch = "NO";
    private const string NotReported = "0";

    /// <summary>
    /// The year's care leavers by child, as at the instant the return is built from (as recorded by it, when given), so
    /// a return built before a birthday's window has closed shows it as it stands.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, CareLeaverInTouchRow>> Read(NpgsqlConnection connection, ReturnParameters parameters, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var rows = await CareLeaversInTouchQuery.Read(connection, parameters.AsRecordedAt ?? now, parameters.AsRecordedAt is not null,
            "birthday BETWEEN @from AND @to", "child_id, birthday", command =>
            {
                command.Parameters.AddWithValue("from", parameters.Year.Start);
                command.Parameters.AddWithValue("to", parameters.Year.End);
            }, cancellation, limit: int.MaxValue);
        return rows.GroupBy(r => r.ChildId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The care leaver's row. IN_TOUCH is the code of the contact the function reports (the in-touch one nearest the
    /// birthday, else the nearest); with none, NO once the window around the birthday has closed, blank while it is open.
    /// ACTIV and ACCOM (the accommodation's letter with 1 for suitable, 2 for not) come from that contact; "0" when the
    /// authority was not in touch and they are unknown, and always after DIED or RHOM (rule 344); in touch (YES), a
    /// blank is missing ("All data items relating to a child's activity or accommodation after leaving care must be
    /// coded or left blank", rule 153).
    /// </summary>
    public static void Oc3(Ssda903Child child, CareLeaverInTouchRow row, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        var file = Ssda903Files.Oc3;
        var inTouch = row.InTouchCode ?? (row.InTouch == false ? NotInTouch : null);
        if (inTouch is null)
            gaps.Add(child.Id, file, "IN_TOUCH", $"No contact is recorded yet in the window around the birthday ({row.WindowFrom:dd/MM/yyyy} to {row.WindowTo:dd/MM/yyyy}), which is still open.");
        var nothing = inTouch is not null && NothingToReport.Contains(inTouch);
        var activity = nothing ? NotReported : row.Activity;
        var accommodation = nothing ? NotReported
            : row.Accommodation is { } letter ? letter + (row.AccommodationSuitable switch { true => "1", false => "2", null => "" }) : null;
        if (inTouch is not null && inTouch != InTouch)
        {
            activity ??= NotReported;
            accommodation ??= NotReported;
        }
        if (inTouch == InTouch && activity is null)
            gaps.Add(child.Id, file, "ACTIV", "The contact in touch around the birthday records no activity.");
        if (inTouch == InTouch && accommodation is null)
            gaps.Add(child.Id, file, "ACCOM", "The contact in touch around the birthday records no accommodation.");
        tables.Add(file, child.Id, child.Dob, inTouch, activity, accommodation);
    }
}
