using System.Text.Json;
using Journey.Api.Hosting;
using Journey.Projections.Access;
using Journey.Projections.Families;
using Npgsql;
using NpgsqlTypes;

namespace Journey.Api.Access;

/// <summary>Appends one row to journey.access_log and answers its id.</summary>
public static class AccessLogWriter
{
    /// <summary>
    /// A family's children are those ever linked to it, as journey.family_members holds them when
    /// the read is logged (the family view and the measures' familyId filter show past members too).
    /// A read of many children named at once (a statutory return, decision 82) gives them and its scope itself.
    /// </summary>
    public static async Task<long> Write(RequestConnection connection, AccessRead read, CancellationToken cancellation)
    {
        var scope = read.Scope ?? (read.ChildId is not null ? AccessLogSchema.ChildScope
            : read.FamilyId is not null ? AccessLogSchema.FamilyScope
            : AccessLogSchema.ListScope);
        await using var command = await connection.Command($"""
            INSERT INTO {AccessLogSchema.Table.QualifiedName}
              (read_at, user_name, roles, view, parameters, scope, child_ids, family_id, correlation_id, method, refused_rule)
            SELECT @read_at, @user_name, @roles, @view, @parameters, @scope,
                   ARRAY(SELECT DISTINCT c FROM unnest(
                     @children::text[] || ARRAY(SELECT f.child_id FROM {FamilyMembershipProjection.MembersTable.QualifiedName} f WHERE f.family_id = @family::text)
                   ) AS c ORDER BY c),
                   @family, @correlation_id, @method, @refused_rule
            RETURNING id
            """, cancellation);
        command.Parameters.AddWithValue("read_at", read.ReadAt.ToUniversalTime());
        command.Parameters.AddWithValue("user_name", read.UserName);
        command.Parameters.AddWithValue("roles", read.Roles.ToArray());
        command.Parameters.AddWithValue("view", read.View);
        command.Parameters.Add(new NpgsqlParameter("parameters", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(read.Parameters) });
        command.Parameters.AddWithValue("scope", scope);
        command.Parameters.AddWithValue("children", read.ChildIds?.ToArray() ?? (read.ChildId is { } child ? [child] : Array.Empty<string>()));
        command.Parameters.Add(new NpgsqlParameter("family", NpgsqlDbType.Text) { Value = (object?)read.FamilyId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("correlation_id", NpgsqlDbType.Text) { Value = (object?)read.CorrelationId ?? DBNull.Value });
        command.Parameters.AddWithValue("method", read.Method);
        command.Parameters.Add(new NpgsqlParameter("refused_rule", NpgsqlDbType.Text) { Value = (object?)read.RefusedRule ?? DBNull.Value });
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }
}
