using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Evo8x8.Client.Testing;

/// <summary>
/// CCAI Platform events as they happen: chat webhooks signed as the SDK reads Google's text (HMAC-SHA256 of the
/// timestamp followed by the body, keyed by each secret, standard base64), and external session events with HTTP Basic.
/// </summary>
public sealed partial class Evo8x8Emulator
{
    private long _nextCcaiChatId;
    private long _nextCcaiSessionCallId;

    /// <summary>The primary chat webhook secret, as Developer Settings would generate it; configure your receiver with it.</summary>
    public string CcaiWebhookPrimarySecret { get; set; } = "emulator-ccai-webhook-primary";

    /// <summary>The secondary chat webhook secret; <see langword="null"/> (the default) sends <c>X-Signature</c> with <c>primary=</c> only.</summary>
    public string? CcaiWebhookSecondarySecret { get; set; }

    /// <summary>
    /// Runs one chat and posts its webhooks to <paramref name="webhookUrl"/>, one event per request: <c>participant_joined</c>
    /// (the end user), a <c>message_received</c> per message, then <c>chat_ended</c>; each signed with the secrets above.
    /// </summary>
    /// <param name="webhookUrl">Your receiver's address.</param>
    /// <param name="endUserMessages">The end user's messages, in order.</param>
    /// <param name="cancellationToken">Cancels the deliveries.</param>
    /// <returns>Your receiver's HTTP status for each delivery, in order.</returns>
    public async Task<IReadOnlyList<HttpStatusCode>> RunCcaiChatAsync(Uri webhookUrl, IEnumerable<string> endUserMessages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhookUrl);
        ArgumentNullException.ThrowIfNull(endUserMessages);
        long chatId = Interlocked.Increment(ref _nextCcaiChatId);
        var statuses = new List<HttpStatusCode>
        {
            await PostChatEventAsync(webhookUrl, "participant_joined", chatId, writer => WriteSender(writer), cancellationToken).ConfigureAwait(false),
        };
        foreach (string message in endUserMessages)
        {
            statuses.Add(await PostChatEventAsync(webhookUrl, "message_received", chatId, writer =>
            {
                WriteSender(writer);
                writer.WriteStartObject("message");
                writer.WriteString("type", "text");
                writer.WriteString("content", message);
                writer.WriteEndObject();
            }, cancellationToken).ConfigureAwait(false));
        }

        statuses.Add(await PostChatEventAsync(webhookUrl, "chat_ended", chatId, _ => { }, cancellationToken).ConfigureAwait(false));
        return statuses;
    }

    /// <summary>
    /// Plays one call's lifecycle (connected, assigned, active, disconnected, dispositions) as external session events to
    /// <paramref name="endpointUrl"/>: one <c>{count, events[]}</c> request per step, each event with a fresh <c>event_id</c>.
    /// </summary>
    /// <param name="endpointUrl">Your calls endpoint.</param>
    /// <param name="userName">The Basic user name configured for call events.</param>
    /// <param name="password">The Basic password configured for call events.</param>
    /// <param name="cancellationToken">Cancels the deliveries.</param>
    /// <returns>Your receiver's HTTP status for each request, in order.</returns>
    public async Task<IReadOnlyList<HttpStatusCode>> SendCcaiCallSessionEventsAsync(Uri endpointUrl, string userName, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpointUrl);
        string callId = Interlocked.Increment(ref _nextCcaiSessionCallId).ToString(CultureInfo.InvariantCulture);
        string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}"));
        (string State, string? Initiator, bool Dispositions)[] steps =
        [
            ("connected", null, false),
            ("connected", "virtual_agent_1", false),
            ("connected", "agent_1", false),
            ("connected", "agent_1", false),
            ("disconnected", "agent_1", false),
            ("disconnected", "agent_1", true),
        ];
        var statuses = new List<HttpStatusCode>();
        foreach ((string state, string? initiator, bool dispositions) in steps)
        {
            string body = Json(writer =>
            {
                writer.WriteNumber("count", 1);
                writer.WriteStartArray("events");
                writer.WriteStartObject();
                writer.WriteString("event_id", Guid.NewGuid().ToString());
                writer.WriteNumber("timestamp", Clock.GetCurrentInstant().ToUnixTimeMilliseconds());
                writer.WriteStartObject("item");
                writer.WriteString("call_id", callId);
                writer.WriteString("state", state);
                writer.WriteString("dn", "+15550100");
                if (initiator is not null)
                {
                    writer.WriteString("initiator", initiator);
                }

                if (dispositions)
                {
                    writer.WriteStartObject("dispositions");
                    writer.WriteString("code", "resolved");
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
            });
            using var request = new HttpRequestMessage(HttpMethod.Post, endpointUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            using HttpResponseMessage response = await _webhookClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static void WriteSender(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("sender");
        writer.WriteNumber("id", 1);
        writer.WriteString("type", "end_user");
        writer.WriteEndObject();
    }

    private async Task<HttpStatusCode> PostChatEventAsync(Uri url, string eventType, long chatId, Action<Utf8JsonWriter> writeBody, CancellationToken cancellationToken)
    {
        string timestamp = Clock.GetCurrentInstant().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        string body = Json(writer =>
        {
            writer.WriteString("event_type", eventType);
            writer.WriteString("timestamp", timestamp);
            writer.WriteNumber("chat_id", chatId);
            writer.WriteStartObject("body");
            writeBody(writer);
            writer.WriteEndObject();
        });
        string signature = $"primary={Sign(CcaiWebhookPrimarySecret, timestamp, body)}";
        if (CcaiWebhookSecondarySecret is { Length: > 0 } secondary)
        {
            signature += $" secondary={Sign(secondary, timestamp, body)}";
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-Signature", signature);
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        using HttpResponseMessage response = await _webhookClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    // Computed here, not with the SDK's verifier, so a receiver is tested against the reading, not against itself.
    private static string Sign(string secret, string timestamp, string body)
        => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + body)));

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
