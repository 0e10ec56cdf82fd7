namespace Journey.IntegrationTests.Infrastructure;

/// <summary>The repository's root folder, found by walking up from the test binaries to Journey.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Journey.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Journey.sln not found above {AppContext.BaseDirectory}.");
    }
}
