namespace Journey.Domain.Reference;

/// <summary>
/// The files of seeds/reference, embedded in this assembly at build time so that the service, the
/// tests and the tools all read the same reference data without touching the file system.
/// </summary>
public static class EmbeddedReference
{
    public static TextReader Open(string fileName)
    {
        var name = $"Journey.Reference.{fileName}";
        var stream = typeof(EmbeddedReference).Assembly.GetManifestResourceStream(name)
                     ?? throw new InvalidOperationException($"Reference file {fileName} is not embedded (looked for resource {name}).");
        return new StreamReader(stream);
    }
}
