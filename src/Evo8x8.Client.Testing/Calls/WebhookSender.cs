using System.Collections.Concurrent;
using System.Text;
using Evo8x8.Client.Testing.VoiceMessaging;
using NodaTime;

namespace Evo8x8.Client.Testing.Calls;

/// <summary>
/// Posts webhook events to the URL registered for their type, with the registered <c>httpAuthHeader</c> as the
/// <c>Authorization</c> value, once (no retry), and records every event and what became of it.
/// </summary>
internal sealed class WebhookSender(WebhookRegistry registry, HttpClient http, IClock clock)
{
    private readonly ConcurrentQueue<WebhookDelivery> _deliveries = new();

    public IReadOnlyList<WebhookDelivery> Deliveries => [.. _deliveries];

    public async Task<WebhookDelivery> SendAsync(string webhookType, string eventType, string sessionId, string body, CancellationToken cancellationToken)
    {
        var delivery = new WebhookDelivery(webhookType, eventType, sessionId, body, clock.GetCurrentInstant());
        RegisteredWebhook? webhook = registry.Enabled(webhookType);
        if (webhook is not null)
        {
            delivery.Url = webhook.Url;
            await PostAsync(delivery, webhook, cancellationToken).ConfigureAwait(false);
        }

        _deliveries.Enqueue(delivery);
        return delivery;
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
