using System.Runtime.CompilerServices;
using System.Text;

namespace Journey.Api.Import;

/// <summary>A line of an import as read: its number, and its text, or null when it was longer than the limit and skipped unread.</summary>
public readonly record struct ImportText(int Number, string? Text);

/// <summary>
/// The lines of an import, read a block at a time so that no line longer than <see cref="ImportLimits.MaxLineBytes"/>
/// is ever held whole (decision 72): its characters are counted and dropped as they arrive, and the line is
/// reported by number. A line ends at a line feed, a carriage return or both, as TextReader.ReadLine ends one.
/// </summary>
public static class ImportLines
{
    private const int BlockChars = 16 * 1024;

    public static async IAsyncEnumerable<ImportText> Read(TextReader reader, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var block = new char[BlockChars];
        var line = new StringBuilder();
        var bytes = 0L;
        var tooLong = false;
        var number = 0;
        var afterCarriageReturn = false;
        int read;
        while ((read = await reader.ReadAsync(block.AsMemory(), cancellation)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                var c = block[i];
                if (c != '\n' && c != '\r') continue;
                // The line feed of a CR LF pair ends nothing: the carriage return already ended the line.
                if (c == '\n' && afterCarriageReturn && i == start)
                {
                    afterCarriageReturn = false;
                    start = i + 1;
                    continue;
                }
                Take(block.AsSpan(start, i - start));
                yield return new ImportText(++number, tooLong ? null : line.ToString());
                line.Clear();
                (bytes, tooLong) = (0, false);
                afterCarriageReturn = c == '\r';
                start = i + 1;
            }
            if (start < read) afterCarriageReturn = false;
            Take(block.AsSpan(start, read - start));
        }
        if (line.Length > 0 || tooLong) yield return new ImportText(++number, tooLong ? null : line.ToString());

        // Counts the part's UTF-8 bytes (what the limit is in, as the body limits are) and keeps it only while within the limit.
        void Take(ReadOnlySpan<char> part)
        {
            if (tooLong || part.IsEmpty) return;
            foreach (var c in part) bytes += Utf8Bytes(c);
            if (bytes > maxLineBytes)
            {
                tooLong = true;
                line.Clear();
            }
            else line.Append(part);
        }
    }

    /// <summary>A character's share of its UTF-8 bytes: a surrogate pair's four are counted on its first half, so a pair split between blocks counts right.</summary>
    private static int Utf8Bytes(char c) => c switch
    {
        < '\u0080' => 1,
        < '\u0800' => 2,
        _ when char.IsHighSurrogate(c) => 4,
        _ when char.IsLowSurrogate(c) => 0,
        _ => 3,
    };
}
