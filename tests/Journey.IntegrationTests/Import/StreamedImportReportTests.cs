using Journey.IntegrationTests.Fuzz;

namespace Journey.IntegrationTests.Import;

/// <summary>
/// The import's report is written as the import goes (decision 72), not built in memory and sent at the end: over a
/// real Kestrel server, a refused line's problem reaches the caller while the rest of the body has not been sent.
/// </summary>
[Collection(KestrelJourneyHost.Collection)]
public sealed class StreamedImportReportTests(KestrelJourneyHost fixture)
{
    [Fact]
    public async Task A_refused_lines_problem_is_answered_before_the_body_has_ended()
    {
        await using var import = await ChunkedImport.Start(fixture.Host, "stream.importer", "{not json\n");

        var answer = await import.ReadUntil("\"line\":1");

        answer.ShouldStartWith("HTTP/1.1 200");
        answer.ShouldContain("json-object");
        // The rest of the body, then its end: the report ends with the counts of the whole import.
        var report = await import.End("{still not json\n");
        report["linesRead"]!.GetValue<int>().ShouldBe(2);
        report["refused"]!.GetValue<int>().ShouldBe(2);
        report["problems"]!.AsArray().Select(p => p!["line"]!.GetValue<int>()).ShouldBe([1, 2]);
    }
}
