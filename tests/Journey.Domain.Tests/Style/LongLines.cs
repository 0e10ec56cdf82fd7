namespace Journey.Domain.Tests.Style;

/// <summary>
/// The C# lines longer than the repository's .editorconfig allows (its max_line_length for *.cs files), as
/// "path:line (length)". No compiler analyzer measures line length, so a test does (decision 115).
/// </summary>
internal static class LongLines
{
    /// <summary>The folders whose C# the limit covers; build output (obj, bin) is generated, not written.</summary>
    public static readonly string[] Folders = ["src", "tests", "bench"];

    private static readonly string[] BuildOutput = ["obj", "bin"];

    /// <summary>The repository's root folder, found by walking up from the test binaries to Journey.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Journey.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Journey.sln not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>max_line_length in the .editorconfig's [*.cs] section.</summary>
    public static int MaxLineLength(string editorConfig)
    {
        var section = "";
        foreach (var raw in File.ReadLines(editorConfig))
        {
            var line = raw.Trim();
            if (line.StartsWith('[')) section = line;
            else if (section == "[*.cs]" && line.StartsWith("max_line_length", StringComparison.Ordinal))
                return int.Parse(line[(line.IndexOf('=') + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        throw new InvalidOperationException($"{editorConfig} sets no max_line_length for [*.cs].");
    }

    public static IEnumerable<string> Over(int maxLength, string root) =>
        from folder in Folders
        let path = Path.Combine(root, folder)
        where Directory.Exists(path)
        from file in Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories)
        let relative = Path.GetRelativePath(root, file).Replace('\\', '/')
        where !relative.Split('/').Any(part => BuildOutput.Contains(part))
        orderby relative
        from numbered in File.ReadLines(file).Select((text, index) => (text, number: index + 1))
        where numbered.text.Length > maxLength
        select $"{relative}:{numbered.number} ({numbered.text.Length})";
}
