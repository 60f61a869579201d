using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Evo8x8.Client.Testing.Core;
using System.Text.Json;
using NodaTime;

namespace Evo8x8.Client.Testing.Ccai;

/// <summary>
/// Posts CCAI Platform events as the platform is read to send them: chat webhooks signed with HMAC-SHA256 of the
/// timestamp followed by the body, keyed by each secret, in standard base64 (API-NOTES-3 §1.3); external session events
/// as <c>{count, events[]}</c> with HTTP Basic (§2). The JSON is composed key by key, never through the SDK's models.
/// </summary>
internal sealed class CcaiEventSender(HttpClient client, IClock clock)
{
    public async Task<HttpStatusCode> PostChatWebhookAsync(Uri url, string primarySecret, string? secondarySecret, string eventType, long chatId, Action<Utf8JsonWriter> writeBody, CancellationToken cancellationToken)
    {
        string timestamp = clock.GetCurrentInstant().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        string body = Json(writer =>
        {
            writer.WriteString("event_type", eventType);
            writer.WriteString("timestamp", timestamp);
            writer.WriteNumber("chat_id", chatId);
            writer.WriteStartObject("body");
            writeBody(writer);
            writer.WriteEndObject();
        });
        string signature = $"primary={Sign(primarySecret, timestamp, body)}";
        if (secondarySecret is { Length: > 0 } secondary)
        {
            signature += $" secondary={Sign(secondary, timestamp, body)}";
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-Signature", signature);
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        using HttpResponseMessage response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    /// <summary>Posts one step of a session's lifecycle as a batch of one event with a fresh <c>event_id</c>.</summary>
    public async Task<HttpStatusCode> PostSessionEventAsync(EmulatedSessionEventsEndpoint endpoint, CcaiSessionStep step, CancellationToken cancellationToken)
    {
        Instant now = clock.GetCurrentInstant();
        string body = Json(writer =>
        {
            writer.WriteNumber("count", 1);
            writer.WriteStartArray("events");
            writer.WriteStartObject();
            writer.WriteString("event_id", Guid.NewGuid().ToString());
            writer.WriteNumber("timestamp", now.ToUnixTimeMilliseconds());
            writer.WriteStartObject("item");
            step.Write(writer, now);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        });
        string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{endpoint.UserName}:{endpoint.Password}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        using HttpResponseMessage response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    // Computed here, not with the SDK's verifier, so a receiver is tested against the reading, not against itself.
    private static string Sign(string secret, string timestamp, string body)
        => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + body)));

    private static string Json(Action<Utf8JsonWriter> write)
        => JsonAnswer.Compose(writer =>
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        });
}
