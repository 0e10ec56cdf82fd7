namespace Journey.Domain.Tests.Style;

/// <summary>
/// .editorconfig's max_line_length for C# holds across the tree (decision 115). The build's analyzers check the
/// rest of the style; nothing in them measures a line, so this test does, naming every line over.
/// </summary>
public class LineLengthTests
{
    [Fact]
    public void No_line_of_csharp_is_longer_than_the_editorconfig_allows()
    {
        var root = LongLines.RepositoryRoot();
        var max = LongLines.MaxLineLength(Path.Combine(root, ".editorconfig"));

        var over = LongLines.Over(max, root).ToList();

        over.ShouldBeEmpty($"C# lines over .editorconfig's max_line_length = {max}:\n" + string.Join("\n", over));
    }

    [Fact]
    public void A_line_over_the_limit_is_named_by_file_and_line_and_build_output_is_not_read()
    {
        var root = Directory.CreateTempSubdirectory("journey-style-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, ".editorconfig"), "root = true\n[*]\nmax_line_length = 10\n[*.cs]\nmax_line_length = 20\n");
            Directory.CreateDirectory(Path.Combine(root, "src", "App", "obj"));
            File.WriteAllText(Path.Combine(root, "src", "App", "Short.cs"), "class Short { }\n");
            File.WriteAllText(Path.Combine(root, "src", "App", "Long.cs"), "// fine\n" + new string('x', 21) + "\n" + new string('y', 20) + "\n");
            File.WriteAllText(Path.Combine(root, "src", "App", "obj", "Generated.cs"), new string('z', 50) + "\n");

            var max = LongLines.MaxLineLength(Path.Combine(root, ".editorconfig"));

            max.ShouldBe(20);
            LongLines.Over(max, root).ShouldBe(["src/App/Long.cs:2 (21)"]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
