using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Evo8x8.Client.Testing.Console;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using NodaTime;

namespace Evo8x8.Client.Testing.Voice.Calls;

/// <summary>
/// Posts webhook events to the URL registered for their type, with the registered <c>httpAuthHeader</c> as the
/// <c>Authorization</c> value, as often as the <see cref="DeliveryRules"/> say (once by default), and records every post
/// (and tells the console's journal, with the receiver's answer time).
/// </summary>
internal sealed class WebhookSender(WebhookRegistry registry, DeliveryRules rules, HttpClient http, IClock clock, ConsoleJournal journal)
{
    /// <summary>
    /// The most of a receiver's answer the emulator reads: 1 MiB, far above any callflow a call action returns, so a
    /// receiver that answers without end cannot fill the emulator's memory.
    /// </summary>
    public const int AnswerLimit = 1024 * 1024;

    private readonly ConcurrentQueue<EmulatedWebhookDelivery> _deliveries = new();

    public IReadOnlyList<EmulatedWebhookDelivery> Deliveries => [.. _deliveries];

    /// <summary>Posts the event; returns the post whose answer counts (the last attempt of the first copy).</summary>
    public async Task<EmulatedWebhookDelivery> SendAsync(WebhookType webhookType, WebhookEventType eventType, string sessionId, string body, CancellationToken cancellationToken)
    {
        Instant producedAt = clock.GetCurrentInstant();
        RegisteredWebhook? webhook = registry.Enabled(webhookType.Value);
        if (webhook is null)
        {
            var unsent = new EmulatedWebhookDelivery(webhookType, eventType, sessionId, body, producedAt, attempt: 1, isDuplicate: false);
            _deliveries.Enqueue(unsent);
            journal.Delivered(unsent, TimeSpan.Zero);
            return unsent;
        }

        int copies = rules.CopiesOf(webhookType);
        int redeliveries = rules.RedeliveriesOf(webhookType);
        int attempt = 0;
        EmulatedWebhookDelivery? counted = null;
        for (int copy = 0; copy < copies; copy++)
        {
            EmulatedWebhookDelivery delivery;
            int tries = 0;
            do
            {
                delivery = new EmulatedWebhookDelivery(webhookType, eventType, sessionId, body, producedAt, ++attempt, isDuplicate: copy > 0) { Url = webhook.Url };
                await PostAndRecordAsync(delivery, webhook, cancellationToken).ConfigureAwait(false);
            }
            while (!delivery.Delivered && tries++ < redeliveries);

            counted ??= delivery;
        }

        return counted!;
    }

    /// <summary>
    /// Posts an event already delivered again, <paramref name="copies"/> times, to the webhook now registered for its
    /// type (the console's replay): same body, each post a duplicate numbered after every earlier post of the event.
    /// </summary>
    public async Task<IReadOnlyList<EmulatedWebhookDelivery>> ReplayAsync(EmulatedWebhookDelivery original, int copies, CancellationToken cancellationToken)
    {
        RegisteredWebhook? webhook = registry.Enabled(original.WebhookType.Value);
        int attempt = _deliveries.Count(d => d.WebhookType == original.WebhookType && string.Equals(d.Body, original.Body, StringComparison.Ordinal));
        var replayed = new List<EmulatedWebhookDelivery>(copies);
        for (int copy = 0; copy < copies; copy++)
        {
            var delivery = new EmulatedWebhookDelivery(original.WebhookType, original.EventType, original.SessionId, original.Body, clock.GetCurrentInstant(), ++attempt, isDuplicate: true) { Url = webhook?.Url };
            if (webhook is null)
            {
                _deliveries.Enqueue(delivery);
                journal.Delivered(delivery, TimeSpan.Zero);
            }
            else
            {
                await PostAndRecordAsync(delivery, webhook, cancellationToken).ConfigureAwait(false);
            }

            replayed.Add(delivery);
        }

        return replayed;
    }

    /// <summary>Forgets every post (a reset).</summary>
    public void Clear() => _deliveries.Clear();

    private async Task PostAndRecordAsync(EmulatedWebhookDelivery delivery, RegisteredWebhook webhook, CancellationToken cancellationToken)
    {
        var answerTime = Stopwatch.StartNew();
        await PostAsync(delivery, webhook, cancellationToken).ConfigureAwait(false);
        _deliveries.Enqueue(delivery);
        journal.Delivered(delivery, answerTime.Elapsed);
    }

    private async Task PostAsync(EmulatedWebhookDelivery delivery, RegisteredWebhook webhook, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        if (!string.IsNullOrEmpty(webhook.Authorization))
        {
            // Sent verbatim, as 8x8 does: the value is whatever the receiver registered, not necessarily a valid scheme.
            request.Headers.TryAddWithoutValidation("Authorization", webhook.Authorization);
        }

        try
        {
            using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            delivery.ResponseStatus = (int)response.StatusCode;
            delivery.ResponseBody = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            if (delivery.ResponseBody is null)
            {
                delivery.Error = $"the receiver answered HTTP {(int)response.StatusCode} with a body larger than {AnswerLimit} bytes; the emulator read no more of it";
            }
        }
        catch (HttpRequestException exception)
        {
            delivery.Error = $"the receiver could not be reached: {exception.Message}";
        }
        catch (IOException exception)
        {
            delivery.Error = $"the receiver's answer was cut short: {exception.Message}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            delivery.Error = $"the receiver did not answer within {http.Timeout.TotalSeconds} s";
        }
    }

    /// <summary>The answer's text, or <see langword="null"/> when it is longer than <see cref="AnswerLimit"/> bytes.</summary>
    private static async Task<string?> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > AnswerLimit)
        {
            return null;
        }

        Stream body = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            using var kept = new MemoryStream();
            byte[] chunk = new byte[16 * 1024];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (kept.Length + read > AnswerLimit)
                {
                    return null;
                }

                kept.Write(chunk, 0, read);
            }

            return Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);
        }
    }
}
