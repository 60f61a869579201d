using System.Net.Http.Headers;
using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Core;

/// <summary>
/// Records the raw response (status, headers, body) of every operation of any client awaited while the capture is
/// open, in this asynchronous flow only: <c>using var capture = RawResponseCapture.Start();</c>, call the operation,
/// then read <see cref="Last"/>. It works for successes and refusals alike; a request that got no response adds nothing.
/// </summary>
/// <remarks>
/// Nothing is recorded, and nothing costs, while no capture is open. Captures nest: disposing one restores the one
/// before it. Thread-safe; responses of operations run in parallel within the flow are all recorded.
/// </remarks>
public sealed class RawResponseCapture : IDisposable
{
    private static readonly AsyncLocal<RawResponseCapture?> Current = new();

    private readonly RawResponseCapture? _outer;
    private readonly List<RawResponse> _answers = [];

    private RawResponseCapture(RawResponseCapture? outer) => _outer = outer;

    /// <summary>Every response recorded so far, in the order they arrived.</summary>
    public IReadOnlyList<RawResponse> Responses
    {
        get
        {
            lock (_answers)
            {
                return [.. _answers];
            }
        }
    }

    /// <summary>The response recorded last, or <see langword="null"/> when none has arrived.</summary>
    public RawResponse? Last
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
    public static RawResponseCapture Start()
    {
        var capture = new RawResponseCapture(Current.Value);
        Current.Value = capture;
        return capture;
    }

    /// <summary>Stops recording; the responses recorded so far stay readable.</summary>
    public void Dispose()
    {
        if (ReferenceEquals(Current.Value, this))
        {
            Current.Value = _outer;
        }
    }

    /// <summary>Records <paramref name="response"/> when a capture is open; called once per operation by Refit's response factory.</summary>
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
        var recorded = new RawResponse(request.Service, request.Method, request.RouteTemplate, response.StatusCode, headers, body);
        lock (capture._answers)
        {
            capture._answers.Add(recorded);
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
