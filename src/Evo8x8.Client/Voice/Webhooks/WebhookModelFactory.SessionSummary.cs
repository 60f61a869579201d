using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>Session summaries (VSS) and their parts.</summary>
public static partial class WebhookModelFactory
{
    /// <summary>Creates a session summary event; its <see cref="WebhookEvent.EventType"/> is <c>SESSION_SUMMARY</c>.</summary>
    /// <param name="payload">The summary; defaults to an empty one, never <see langword="null"/> (as after parsing).</param>
    /// <param name="namespace">8x8's product namespace; defaults to <c>VOICE</c>.</param>
    /// <param name="description">8x8's description of the event type.</param>
    /// <param name="version">The envelope's schema version.</param>
    /// <returns>The event.</returns>
    public static SessionSummaryEvent SessionSummaryEvent(
        SessionSummaryPayload? payload = null,
        string? @namespace = VoiceNamespace,
        string? description = null,
        int? version = null)
        => new()
        {
            Namespace = @namespace,
            Version = version,
            EventType = WebhookEventType.SessionSummary,
            Description = description,
            Payload = payload ?? SessionSummaryPayload(),
        };

    /// <summary>Creates the payload of a session summary.</summary>
    /// <param name="sessionId">The voice session's id; it makes the event's de-duplication key.</param>
    /// <param name="subAccountId">The 8x8 subaccount.</param>
    /// <param name="sessionStatus">How the session ended.</param>
    /// <param name="startTime">When the session started.</param>
    /// <param name="endTime">When the session ended.</param>
    /// <param name="lastAction">The last command the session executed, for example <c>MAKE_CALL</c>.</param>
    /// <param name="callCount">How many call legs were bridged (not derived from <paramref name="legs"/>).</param>
    /// <param name="errorDetails">Why the session failed.</param>
    /// <param name="clientRequestId">The identifier given on the callflow request, echoed by 8x8.</param>
    /// <param name="extensionData">JSON members the SDK does not name, as <see cref="Webhooks.SessionSummaryPayload.ExtensionData"/> returns them; none by default.</param>
    /// <param name="legs">The call legs in order, each named (<c>CallA</c>, <c>CallB</c> …) with distinct names; none by default.</param>
    /// <param name="clientBatchId">The group identifier given on the callflow request, echoed by 8x8.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="ArgumentException"><paramref name="legs"/> holds a <see langword="null"/> leg or two legs of the same name.</exception>
    public static SessionSummaryPayload SessionSummaryPayload(
        string? sessionId = null,
        string? subAccountId = null,
        VoiceSessionStatus? sessionStatus = null,
        Instant? startTime = null,
        Instant? endTime = null,
        string? lastAction = null,
        int? callCount = null,
        SessionErrorDetails? errorDetails = null,
        string? clientRequestId = null,
        IEnumerable<CallLeg>? legs = null,
        IEnumerable<KeyValuePair<string, JsonElement>>? extensionData = null,
        string? clientBatchId = null)
        => new()
        {
            SessionId = sessionId,
            SubAccountId = subAccountId,
            SessionStatus = sessionStatus,
            StartTime = startTime,
            EndTime = endTime,
            LastAction = lastAction,
            CallCount = callCount,
            ErrorDetails = errorDetails,
            ClientRequestId = clientRequestId,
            ClientBatchId = clientBatchId,
            Unknown = UnknownMembers.From(extensionData),

            // Set as the parser sets it, so the legs are keyed and ordered by the same code and serialize back.
            Details = legs is null ? null : DetailsOf(legs),
        };

    /// <summary>Creates one call leg of a session summary.</summary>
    /// <param name="name">The leg's key in <c>details</c>, for example <c>CallA</c>; defaults to empty.</param>
    /// <param name="callId">The leg's unique id.</param>
    /// <param name="callDirection">Whether 8x8 placed the leg or received it.</param>
    /// <param name="callType">Where the leg was initiated.</param>
    /// <param name="initiatedTimestamp">When the leg was initiated.</param>
    /// <param name="connectedTimestamp">When the leg was answered.</param>
    /// <param name="disconnectedTimestamp">When the leg ended.</param>
    /// <param name="source">The caller ID shown on the leg.</param>
    /// <param name="destination">The number the leg called.</param>
    /// <param name="sourceFormat">The format of <paramref name="source"/>, for example <c>MSISDN</c>.</param>
    /// <param name="destinationFormat">The format of <paramref name="destination"/>.</param>
    /// <param name="sourceCountryCode">The country of <paramref name="source"/>.</param>
    /// <param name="destinationCountryCode">The country of <paramref name="destination"/>.</param>
    /// <param name="sourceRefId">The reference id of the virtual number on an outbound leg.</param>
    /// <param name="destinationRefId">The reference id of the virtual number on an inbound leg.</param>
    /// <param name="callStatus">The leg's outcome.</param>
    /// <param name="callDuration">How long the leg was connected.</param>
    /// <param name="callQuality">The leg's quality indicators.</param>
    /// <returns>The leg.</returns>
    public static CallLeg CallLeg(
        string? name = null,
        string? callId = null,
        CallDirection? callDirection = null,
        CallType? callType = null,
        Instant? initiatedTimestamp = null,
        Instant? connectedTimestamp = null,
        Instant? disconnectedTimestamp = null,
        string? source = null,
        string? destination = null,
        string? sourceFormat = null,
        string? destinationFormat = null,
        string? sourceCountryCode = null,
        string? destinationCountryCode = null,
        string? sourceRefId = null,
        string? destinationRefId = null,
        CallStatus? callStatus = null,
        Duration? callDuration = null,
        CallQuality? callQuality = null)
        => new()
        {
            Name = name ?? string.Empty,
            CallId = callId,
            CallDirection = callDirection,
            CallType = callType,
            InitiatedTimestamp = initiatedTimestamp,
            ConnectedTimestamp = connectedTimestamp,
            DisconnectedTimestamp = disconnectedTimestamp,
            Source = source,
            Destination = destination,
            SourceFormat = sourceFormat,
            DestinationFormat = destinationFormat,
            SourceCountryCode = sourceCountryCode,
            DestinationCountryCode = destinationCountryCode,
            SourceRefId = sourceRefId,
            DestinationRefId = destinationRefId,
            CallStatus = callStatus,
            CallDuration = callDuration,
            CallQuality = callQuality,
        };

    /// <summary>Creates the quality indicators of a call leg.</summary>
    /// <param name="mos">Mean Opinion Score, from 1 (bad) to 5 (excellent).</param>
    /// <param name="packetLossRate">The share of packets lost.</param>
    /// <param name="jitter">The variation in packet delay.</param>
    /// <returns>The indicators.</returns>
    public static CallQuality CallQuality(double? mos = null, double? packetLossRate = null, double? jitter = null)
        => new() { Mos = mos, PacketLossRate = packetLossRate, Jitter = jitter };

    /// <summary>Creates the reason a voice session failed.</summary>
    /// <param name="errorMessage">8x8's error message.</param>
    /// <param name="errorCode">8x8's error code.</param>
    /// <returns>The error details.</returns>
    public static SessionErrorDetails SessionErrorDetails(string? errorMessage = null, VoiceSessionErrorCode? errorCode = null)
        => new() { ErrorMessage = errorMessage, ErrorCode = errorCode };

    private static Dictionary<string, CallLeg?> DetailsOf(IEnumerable<CallLeg> legs)
    {
        var details = new Dictionary<string, CallLeg?>();
        foreach (CallLeg leg in legs)
        {
            if (leg is null)
            {
                throw new ArgumentException("The call legs hold a null leg.", nameof(legs));
            }

            if (!details.TryAdd(leg.Name, leg))
            {
                throw new ArgumentException($"Two call legs are named '{leg.Name}'; give each its own name (CallA, CallB …).", nameof(legs));
            }
        }

        return details;
    }
}
