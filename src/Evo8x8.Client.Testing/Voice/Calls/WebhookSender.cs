using System.Collections.Concurrent;
using System.Text;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using NodaTime;

namespace Evo8x8.Client.Testing.Voice.Calls;

/// <summary>
/// Posts webhook events to the URL registered for their type, with the registered <c>httpAuthHeader</c> as the
/// <c>Authorization</c> value, as often as the <see cref="DeliveryRules"/> say (once by default), and records every post.
/// </summary>
internal sealed class WebhookSender(WebhookRegistry registry, DeliveryRules rules, HttpClient http, IClock clock)
{
    private readonly ConcurrentQueue<WebhookDelivery> _deliveries = new();

    public IReadOnlyList<WebhookDelivery> Deliveries => [.. _deliveries];

    /// <summary>Posts the event; returns the post whose answer counts (the last attempt of the first copy).</summary>
    public async Task<WebhookDelivery> SendAsync(WebhookType webhookType, WebhookEventType eventType, string sessionId, string body, CancellationToken cancellationToken)
    {
        Instant producedAt = clock.GetCurrentInstant();
        RegisteredWebhook? webhook = registry.Enabled(webhookType.Value);
        if (webhook is null)
        {
            var unsent = new WebhookDelivery(webhookType, eventType, sessionId, body, producedAt, attempt: 1, isDuplicate: false);
            _deliveries.Enqueue(unsent);
            return unsent;
        }

        int copies = rules.CopiesOf(webhookType);
        int redeliveries = rules.RedeliveriesOf(webhookType);
        int attempt = 0;
        WebhookDelivery? counted = null;
        for (int copy = 0; copy < copies; copy++)
        {
            WebhookDelivery delivery;
            int tries = 0;
            do
            {
                delivery = new WebhookDelivery(webhookType, eventType, sessionId, body, producedAt, ++attempt, isDuplicate: copy > 0) { Url = webhook.Url };
                await PostAsync(delivery, webhook, cancellationToken).ConfigureAwait(false);
                _deliveries.Enqueue(delivery);
            }
            while (!delivery.Delivered && tries++ < redeliveries);

            counted ??= delivery;
        }

        return counted!;
    }

    private async Task PostAsync(WebhookDelivery delivery, RegisteredWebhook webhook, CancellationToken cancellationToken)
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
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            delivery.ResponseStatus = (int)response.StatusCode;
            delivery.ResponseBody = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            delivery.Error = $"the receiver could not be reached: {exception.Message}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            delivery.Error = $"the receiver did not answer within {http.Timeout.TotalSeconds} s";
        }
    }
}
