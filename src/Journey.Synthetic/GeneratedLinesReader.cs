namespace Journey.Synthetic;

/// <summary>
/// A reader over generated lines, one line per ReadLine, so an import streams them without the
/// whole file being built in memory first.
/// </summary>
public sealed class GeneratedLinesReader(IEnumerable<string> lines) : TextReader
{
    private readonly IEnumerator<string> _lines = lines.GetEnumerator();

    public override string? ReadLine() => _lines.MoveNext() ? _lines.Current : null;
    public override Task<string?> ReadLineAsync() => Task.FromResult(ReadLine());
    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());

    protected override void Dispose(bool disposing)
    {
        if (disposing) _lines.Dispose();
        base.Dispose(disposing);
    }
}
