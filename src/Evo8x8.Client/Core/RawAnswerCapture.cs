using System.Net.Http.Headers;
using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Core;

/// <summary>
/// Records the raw answer (status, headers, body) of every operation of any client awaited while the capture is
/// open, in this asynchronous flow only: <c>using var capture = RawAnswerCapture.Start();</c>, call the operation,
/// then read <see cref="Last"/>. It works for successes and refusals alike; a request that got no answer adds nothing.
/// </summary>
/// <remarks>
/// Nothing is recorded, and nothing costs, while no capture is open. Captures nest: disposing one restores the one
/// before it. Thread-safe; answers of operations run in parallel within the flow are all recorded.
/// </remarks>
public sealed class RawAnswerCapture : IDisposable
{
    private static readonly AsyncLocal<RawAnswerCapture?> Current = new();

    private readonly RawAnswerCapture? _outer;
    private readonly List<RawAnswer> _answers = [];

    private RawAnswerCapture(RawAnswerCapture? outer) => _outer = outer;

    /// <summary>Every answer recorded so far, in the order they arrived.</summary>
    public IReadOnlyList<RawAnswer> Answers
    {
        get
        {
            lock (_answers)
            {
                return [.. _answers];
            }
        }
    }

    /// <summary>The answer recorded last, or <see langword="null"/> when none has arrived.</summary>
    public RawAnswer? Last
    {
        get
        {
            lock (_answers)
            {
                return _answers.Count == 0 ? null : _answers[^1];
            }
        }
    }

    /// <summary>Opens a capture for the operations awaited from here on in this flow.</summary>
    /// <returns>The capture; dispose it to stop recording.</returns>
    public static RawAnswerCapture Start()
    {
        var capture = new RawAnswerCapture(Current.Value);
        Current.Value = capture;
        return capture;
    }

    /// <summary>Stops recording; the answers recorded so far stay readable.</summary>
    public void Dispose()
    {
        if (ReferenceEquals(Current.Value, this))
        {
            Current.Value = _outer;
        }
    }

    /// <summary>Records <paramref name="response"/> when a capture is open; called once per operation by Refit's answer factory.</summary>
    internal static async ValueTask RecordAsync(HttpResponseMessage response)
    {
        if (Current.Value is not { } capture)
        {
            return;
        }

        // Over a caller's own HttpClient the body may not be buffered yet; buffer it (bounded) so Refit can still read it.
        await response.Content.LoadIntoBufferAsync(AnswerBuffer.DefaultLimit).ConfigureAwait(false);
        byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Copy(response.Headers, headers);
        Copy(response.Content.Headers, headers);
        RequestFacts request = RequestFacts.Of(response.RequestMessage!);
        var answer = new RawAnswer(request.Service, request.Method, request.RouteTemplate, response.StatusCode, headers, body);
        lock (capture._answers)
        {
            capture._answers.Add(answer);
        }
    }

    private static void Copy(HttpHeaders from, Dictionary<string, IReadOnlyList<string>> to)
    {
        foreach (KeyValuePair<string, IEnumerable<string>> header in from)
        {
            to[header.Key] = [.. header.Value];
        }
    }
}
