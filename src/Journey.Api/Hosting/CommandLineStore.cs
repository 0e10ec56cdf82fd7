using Marten;

namespace Journey.Api.Hosting;

/// <summary>
/// The store for a command-line command (import, verify, rebuild): the host is built, not started,
/// so no web server, daemon or demo loader runs beside the command (two commands at once would
/// otherwise both try to listen on the same port, and in Development the demo would be loaded into
/// the database the command works on); the schema and the reference data are brought up to date
/// first, as start-up does, through the owner's connection (a command's store connects as the owner), with the
/// grants and the analysts' views after it (decision 58).
/// </summary>
public static class CommandLineStore
{
    public static async Task<IDocumentStore> Prepare(IHost host)
    {
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await OwnerSchema.Apply(host.Services, CancellationToken.None);
        foreach (var seed in store.Advanced.InitialDataCollection) await seed.Populate(store, CancellationToken.None);
        return store;
    }
}
