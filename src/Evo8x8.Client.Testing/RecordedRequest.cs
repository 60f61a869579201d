using NodaTime;

namespace Evo8x8.Client.Testing;

/// <summary>
/// One request exactly as the emulator received it, recorded before it was answered (faults and refusals
/// included), so a test can count calls and inspect headers and bodies. <see cref="ToString"/> shows no header.
/// </summary>
public sealed class RecordedRequest
{
    internal RecordedRequest(EmulatorRoute route, string method, string path, string query, IReadOnlyDictionary<string, string> headers, string body, Instant receivedAt)
    {
        Route = route;
        Method = method;
        Path = path;
        Query = query;
        Headers = headers;
        Body = body;
        ReceivedAt = receivedAt;
    }

    /// <summary>The operation the request was routed to, or <see cref="EmulatorRoute.Unmatched"/>.</summary>
    public EmulatorRoute Route { get; }

    /// <summary>The HTTP method, for example <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The path, for example <c>/api/v1/subaccounts/acme/callflows</c>.</summary>
    public string Path { get; }

    /// <summary>The query string with its leading <c>?</c>, or empty.</summary>
    public string Query { get; }

    /// <summary>Every header, names compared case-insensitively, including <c>Authorization</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body as text (empty for none).</summary>
    public string Body { get; }

    /// <summary>The emulator clock's time when the request arrived.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>A header's value, or <see langword="null"/> when absent.</summary>
    /// <param name="name">The header name, any case.</param>
    /// <returns>The value, several values joined by commas.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

    /// <summary>The method, path and operation; never a header or the body.</summary>
    public override string ToString() => $"{Method} {Path}{Query} ({Route})";
}
