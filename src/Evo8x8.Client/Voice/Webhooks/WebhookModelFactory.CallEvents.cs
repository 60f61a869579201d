using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>Call action (VCA) and call status (VCS) events and their parts.</summary>
public static partial class WebhookModelFactory
{
    /// <summary>Creates a call action event; its <see cref="WebhookEvent.EventType"/> is <c>CALL_ACTION</c>.</summary>
    /// <param name="payload">The call and the step it reached; defaults to an empty payload, never <see langword="null"/> (as after parsing).</param>
    /// <param name="namespace">8x8's product namespace; defaults to <c>VOICE</c>.</param>
    /// <param name="description">8x8's description of the event type.</param>
    /// <param name="version">The envelope's schema version.</param>
    /// <returns>The event.</returns>
    public static CallActionEvent CallActionEvent(
        CallEventPayload? payload = null,
        string? @namespace = VoiceNamespace,
        string? description = null,
        int? version = null)
        => new()
        {
            Namespace = @namespace,
            Version = version,
            EventType = WebhookEventType.CallAction,
            Description = description,
            Payload = payload ?? CallEventPayload(),
        };

    /// <summary>Creates a call status event; its <see cref="WebhookEvent.EventType"/> is <c>CALL_STATUS</c>.</summary>
    /// <param name="payload">The call and the state it reached; defaults to an empty payload, never <see langword="null"/> (as after parsing).</param>
    /// <param name="namespace">8x8's product namespace; defaults to <c>VOICE</c>.</param>
    /// <param name="description">8x8's description of the event type.</param>
    /// <param name="version">The envelope's schema version.</param>
    /// <returns>The event.</returns>
    public static CallStatusEvent CallStatusEvent(
        CallEventPayload? payload = null,
        string? @namespace = VoiceNamespace,
        string? description = null,
        int? version = null)
        => new()
        {
            Namespace = @namespace,
            Version = version,
            EventType = WebhookEventType.CallStatus,
            Description = description,
            Payload = payload ?? CallEventPayload(),
        };

    /// <summary>Creates the payload of a call action or call status event.</summary>
    /// <param name="eventId">The event's id; it makes the event's de-duplication key.</param>
    /// <param name="callId">The call's unique id.</param>
    /// <param name="sessionId">The voice session the call belongs to.</param>
    /// <param name="subAccountId">The 8x8 subaccount.</param>
    /// <param name="callStatus">The step the call reached.</param>
    /// <param name="callDirection">Whether 8x8 placed the call or received it.</param>
    /// <param name="callType">Where the call was initiated.</param>
    /// <param name="source">The caller's number.</param>
    /// <param name="destination">The called number.</param>
    /// <param name="sourceFormat">The format of <paramref name="source"/>, for example <c>MSISDN</c>.</param>
    /// <param name="destinationFormat">The format of <paramref name="destination"/>.</param>
    /// <param name="sourceCountryCode">The country of <paramref name="source"/>.</param>
    /// <param name="destinationCountryCode">The country of <paramref name="destination"/>.</param>
    /// <param name="sourceRefId">The reference id of the source virtual number.</param>
    /// <param name="destinationRefId">The reference id of the destination virtual number.</param>
    /// <param name="callDuration">How long the call has been connected.</param>
    /// <param name="eventData">The event's data object; its digits are <see cref="CallEventPayload.Dtmf"/> when <paramref name="dtmf"/> is left out.</param>
    /// <param name="dtmf">The digits sent directly in the payload.</param>
    /// <param name="sipCode">The SIP response code of the call.</param>
    /// <param name="timestamp">When the event happened.</param>
    /// <param name="clientActionId">The id of the action that led here.</param>
    /// <param name="extensionData">JSON members the SDK does not name, as <see cref="Webhooks.CallEventPayload.ExtensionData"/> returns them; none by default.</param>
    /// <returns>The payload.</returns>
    public static CallEventPayload CallEventPayload(
        string? eventId = null,
        string? callId = null,
        string? sessionId = null,
        string? subAccountId = null,
        CallStatus? callStatus = null,
        CallDirection? callDirection = null,
        CallType? callType = null,
        string? source = null,
        string? destination = null,
        string? sourceFormat = null,
        string? destinationFormat = null,
        string? sourceCountryCode = null,
        string? destinationCountryCode = null,
        string? sourceRefId = null,
        string? destinationRefId = null,
        Duration? callDuration = null,
        CallEventData? eventData = null,
        string? dtmf = null,
        int? sipCode = null,
        Instant? timestamp = null,
        string? clientActionId = null,
        IEnumerable<KeyValuePair<string, JsonElement>>? extensionData = null)
        => new()
        {
            EventId = eventId,
            CallId = callId,
            SessionId = sessionId,
            SubAccountId = subAccountId,
            CallStatus = callStatus,
            CallDirection = callDirection,
            CallType = callType,
            Source = source,
            Destination = destination,
            SourceFormat = sourceFormat,
            DestinationFormat = destinationFormat,
            SourceCountryCode = sourceCountryCode,
            DestinationCountryCode = destinationCountryCode,
            SourceRefId = sourceRefId,
            DestinationRefId = destinationRefId,
            CallDuration = callDuration,
            EventData = eventData,
            Dtmf = dtmf,
            SipCode = sipCode,
            Timestamp = timestamp,
            ClientActionId = clientActionId,
            Unknown = UnknownMembers.From(extensionData),
        };

    /// <summary>Creates the <c>eventData</c> object of a call event.</summary>
    /// <param name="dtmf">The digits captured by <c>sayAndCapture</c>.</param>
    /// <returns>The event data.</returns>
    public static CallEventData CallEventData(string? dtmf = null) => new() { Dtmf = dtmf };
}
