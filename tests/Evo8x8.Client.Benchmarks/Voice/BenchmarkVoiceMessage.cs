using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Evo8x8.Client.Voice;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Benchmarks.Voice;

/// <summary>The voice message every sender posts: as the SDK's <see cref="Callflow"/>, as plain DTOs, and the raw send (the baseline).</summary>
internal static class BenchmarkVoiceMessage
{
    public const string ApiKey = "bench-api-key-0123456789";
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private static readonly InstantPattern WireInstant = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'");

    public static Callflow Build()
        => new CallflowBuilder()
            .ValidFor(Duration.FromHours(2))
            .MakeCall("+6512341234", "+6512345678")
            .Say("Hello, this is a test Voice Message.", "en-IE-EmilyNeural", repetition: 1, speed: 1)
            .Hangup()
            .Build();

    public static PlainCallflow Plain(Callflow callflow) => new()
    {
        ValidUntil = callflow.ValidUntil is { } validUntil ? WireInstant.Format(validUntil) : null,
        Callflow =
        [
            new PlainAction { Action = "makeCall", Params = new PlainParams { Source = "+6512341234", Destination = "+6512345678" } },
            new PlainAction
            {
                Action = "say",
                Params = new PlainParams { Text = "Hello, this is a test Voice Message.", VoiceProfile = "en-IE-EmilyNeural", Repetition = 1, Speed = 1 },
            },
            new PlainAction { Action = "hangup" },
        ],
    };

    /// <summary>A raw HttpClient (bearer header set by the caller) posting the plain DTOs and reading the answer.</summary>
    public static async Task<string?> RawSendAsync(HttpClient raw, Uri callflowsUri, PlainCallflow callflow)
    {
        // Serialized to bytes first, so the request has a Content-Length (JsonContent would send it chunked).
        using var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(callflow, PlainCallflowContext.Default.PlainCallflow));
        body.Headers.ContentType = JsonMediaType;
        using HttpResponseMessage response = await raw.PostAsync(callflowsUri, body).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        PlainCallflowResult? result = await response.Content.ReadFromJsonAsync(PlainCallflowContext.Default.PlainCallflowResult).ConfigureAwait(false);
        return result?.SessionId;
    }
}
