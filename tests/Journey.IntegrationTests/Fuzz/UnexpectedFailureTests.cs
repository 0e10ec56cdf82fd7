using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Journey.IntegrationTests.Fuzz;

/// <summary>
/// A failure the service did not foresee (decision 70): answered 500 with a problem that carries no
/// exception text, and logged by kind and stack, never by what PostgreSQL said about the values it failed
/// on. The failure is a real database error whose message quotes the value sent (22P02, 'invalid input
/// syntax for type integer: "…"'), raised on a route of this test host's own (<see cref="FailingRoute"/>).
/// </summary>
[Collection(KestrelJourneyHost.Collection)]
public sealed class UnexpectedFailureTests(KestrelJourneyHost fixture)
{
    [Fact]
    public async Task A_failure_answers_500_without_its_text_and_is_logged_by_kind_without_the_values_it_failed_on()
    {
        var log = fixture.Host.Log!;
        var mark = log.Count;

        var response = await fixture.Host.ClientFor("sw.failure").GetAsync(FailingRoute.Path, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(500);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        body.ShouldNotContain(OneFaultContacts.RecordedText);
        body.ShouldNotContain("Exception");
        body.ShouldNotContain("22P02");
        (await response.ReadJson())["traceId"].ShouldNotBeNull();
        var entries = log.Since(mark);
        entries.Where(e => e.ToString().Contains(OneFaultContacts.RecordedText, StringComparison.Ordinal)).ShouldBeEmpty();
        entries.ShouldContain(e => e.Level == LogLevel.Error && e.Exception == null
                                   && e.Message.Contains("PostgresException 22P02", StringComparison.Ordinal) && e.Message.Contains("FailingRoute", StringComparison.Ordinal),
            string.Join("\n", entries.Where(e => e.Level >= LogLevel.Warning)));
    }
}
