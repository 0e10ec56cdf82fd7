namespace Journey.Synthetic;

/// <summary>
/// A reader over generated lines, one line per ReadLine, or as the text of a file, each line ended by a line feed
/// (the import reads blocks of characters), so an import streams them without the whole file being built in memory first.
/// </summary>
public sealed class GeneratedLinesReader(IEnumerable<string> lines) : TextReader
{
    private readonly IEnumerator<string> _lines = lines.GetEnumerator();
    private string _current = "";
    private int _position;

    public override string? ReadLine() => _lines.MoveNext() ? _lines.Current : null;
    public override Task<string?> ReadLineAsync() => Task.FromResult(ReadLine());
    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());

    public override int Read(Span<char> buffer)
    {
        if (_position == _current.Length)
        {
            if (!_lines.MoveNext()) return 0;
            (_current, _position) = (_lines.Current + "\n", 0);
        }
        var count = Math.Min(buffer.Length, _current.Length - _position);
        _current.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));
    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    protected override void Dispose(bool disposing)
    {
        if (disposing) _lines.Dispose();
        base.Dispose(disposing);
    }
}
