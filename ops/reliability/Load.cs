using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Journey.Reliability;

/// <summary>What the service acknowledged (a 2xx answer): the child, the stream version and how many events.</summary>
public sealed record Acknowledged(string ChildId, string IdempotencyKey, long Version, int Events);

/// <summary>The service's answer to a recorded step (src/Journey.Api/Recording/Recorded.cs).</summary>
public sealed record RecordedAnswer(string ChildId, long Version, List<string> Events);

/// <summary>
/// N clients, each recording contacts about new children one after another until told to stop. A
/// submission has its own Idempotency-Key, made once; a failed attempt (no answer, a 5xx, a 409 while
/// the first attempt is still being written) is retried with the same key and body until the service
/// acknowledges it, so a retry of a request that was in fact stored must not store it again. A client
/// stops only between submissions: every submission started is acknowledged or given up (after
/// <see cref="GiveUpAfter"/>) and counted.
/// </summary>
public sealed class Load(HttpClient client, string runId, int clients)
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public ConcurrentBag<Acknowledged> Acknowledgements { get; } = [];
    public ConcurrentBag<string> GivenUp { get; } = [];
    public ConcurrentDictionary<string, int> FailedAttempts { get; } = new();
    private long _retries;
    public long Retries => Interlocked.Read(ref _retries);

    public Task Run(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => Client(c, stop))));

    private async Task Client(int number, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var child = $"REL-{runId}-{number:D2}-{i:D6}";
            var key = Guid.NewGuid().ToString();
            var receivedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("O");
            var body = $$"""{"receivedAt":"{{receivedAt}}","source":"2A","concerns":"Reliability check contact","consent":"Given"}""";
            await Submit(child, key, body);
        }
    }

    private async Task Submit(string child, string key, string body)
    {
        var since = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0)
            {
                Interlocked.Increment(ref _retries);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 * attempt)));
            }
            if (since.Elapsed > GiveUpAfter)
            {
                GivenUp.Add(child);
                return;
            }
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/children/{child}/contacts")
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await client.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    var answer = await response.Content.ReadFromJsonAsync<RecordedAnswer>()
                        ?? throw new InvalidOperationException("An acknowledgement without a body.");
                    Acknowledgements.Add(new Acknowledged(answer.ChildId, key, answer.Version, answer.Events.Count));
                    return;
                }
                Failed(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                // A refusal of the request itself would be refused again: the harness sends only valid contacts.
                if (response.StatusCode is not (HttpStatusCode.Conflict or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
                    && (int)response.StatusCode < 500)
                    throw new InvalidOperationException($"The service refused a valid contact for {child}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            catch (HttpRequestException) { Failed("no answer"); }
            catch (TaskCanceledException) { Failed("timeout"); }
        }
    }

    private void Failed(string kind) => FailedAttempts.AddOrUpdate(kind, 1, (_, n) => n + 1);
}
