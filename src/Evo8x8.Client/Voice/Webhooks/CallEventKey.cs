using System.Globalization;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>Builds the de-duplication key of call action and call status events.</summary>
internal static class CallEventKey
{
    public static string? For(WebhookEventType eventType, CallEventPayload? payload)
    {
        if (payload is null)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(payload.EventId))
        {
            return $"{eventType}:{payload.EventId}";
        }

        return payload.SessionId is null && payload.CallId is null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{eventType}:{payload.SessionId}:{payload.CallId}:{payload.CallStatus}:{payload.Timestamp}");
    }
}
