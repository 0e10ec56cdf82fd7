using Journey.Api.Authorisation;
using Journey.Projections.Families;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace Journey.Api.Families;

public sealed record FamilyMember(string ChildId, DateTimeOffset LinkedAt, string? Relationship, DateTimeOffset? UnlinkedAt);

public sealed record Family(string FamilyId, IReadOnlyList<FamilyMember> Members);

public static class FamilyEndpoint
{
    [WolverineGet("/api/families/{familyId}"), Tags("Families"), EndpointSummary("The children of a family or sibling group, current and past.")]
    [ProducesResponseType<Family>(200), ProducesResponseType<ProblemDetails>(404)]
    [Access(Rule.ReadFamily)]
    public static async Task<IResult> Get(string familyId, IDocumentStore store, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"SELECT child_id, linked_at, relationship, unlinked_at FROM {FamilyMembershipProjection.MembersTable.QualifiedName} WHERE family_id = @family ORDER BY linked_at, child_id",
            connection);
        command.Parameters.AddWithValue("family", familyId);
        var members = new List<FamilyMember>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            members.Add(new FamilyMember(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
        return members.Count == 0
            ? Results.Problem(statusCode: 404, title: "No such family.", detail: $"No child has been linked to family {familyId}.",
                type: "https://journey.local/problems/unknown-family")
            : Results.Ok(new Family(familyId, members));
    }
}
