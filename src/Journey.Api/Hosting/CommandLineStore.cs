using Marten;

namespace Journey.Api.Hosting;

/// <summary>
/// The store for a command-line command (import, verify, rebuild, demo): the host is built, not started,
/// so no web server or daemon runs beside the command (two commands at once would otherwise both try
/// to listen on the same port); the schema and the reference data are brought up to date
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
