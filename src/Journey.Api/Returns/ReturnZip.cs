using System.IO.Compression;

namespace Journey.Api.Returns;

/// <summary>A return of several files as one zip (the SSDA903's eleven CSVs, Annex A's workbook and lists), each file at its top level under its own name.</summary>
public static class ReturnZip
{
    public const string ContentType = "application/zip";

    public static byte[] Of(IReadOnlyList<ReturnFile> files, DateTimeOffset builtAt)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var file in files)
            {
                var entry = zip.CreateEntry(file.Name, CompressionLevel.Optimal);
                entry.LastWriteTime = builtAt;
                using var content = entry.Open();
                content.Write(file.Content);
            }
        return buffer.ToArray();
    }
}
