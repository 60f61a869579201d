using System.Text.Json;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Voice.Numbers;
using Evo8x8.Client.Voice.Recordings;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// Builds the payloads of webhook events and their parts (call legs, call quality, updated numbers) for your own
/// tests, to pass to <see cref="WebhookModelFactory"/>'s events. Every parameter is optional; left out, the member is
/// <see langword="null"/> as if 8x8 had not sent it.
/// </summary>
public static class WebhookPayloadFactory
{
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

    /// <summary>Creates the payload of a recording status event.</summary>
    /// <param name="sessionId">The voice session that was recorded.</param>
    /// <param name="recordingId">The recording's id; with <paramref name="status"/> it makes the event's de-duplication key.</param>
    /// <param name="duration">How long the recording lasts.</param>
    /// <param name="filePath">Where the file was written.</param>
    /// <param name="status">Where the recording stands.</param>
    /// <param name="extensionData">JSON members the SDK does not name, as <see cref="Webhooks.CallRecordingStatusPayload.ExtensionData"/> returns them; none by default.</param>
    /// <returns>The payload.</returns>
    public static CallRecordingStatusPayload CallRecordingStatusPayload(
        string? sessionId = null,
        string? recordingId = null,
        Duration? duration = null,
        string? filePath = null,
        RecordingStatus? status = null,
        IEnumerable<KeyValuePair<string, JsonElement>>? extensionData = null)
        => new()
        {
            SessionId = sessionId,
            RecordingId = recordingId,
            Duration = duration,
            FilePath = filePath,
            Status = status,
            Unknown = UnknownMembers.From(extensionData),
        };

    /// <returns>The payload.</returns>
    /// <exception cref="ArgumentException"><paramref name="virtualNumbers"/> holds a <see langword="null"/> number.</exception>
    public static VirtualNumberUpdatePayload VirtualNumberUpdatePayload(
        string? subAccountId = null,
        int? totalNumbers = null,
        VirtualNumberUpdateEventType? updateEventType = null,
        IEnumerable<UpdatedVirtualNumber>? virtualNumbers = null,
        IEnumerable<KeyValuePair<string, JsonElement>>? extensionData = null)
    {
        UpdatedVirtualNumber[] numbers = virtualNumbers is null ? [] : [.. virtualNumbers];
        if (Array.IndexOf(numbers, null) >= 0)
        {
            throw new ArgumentException("The virtual numbers hold a null number.", nameof(virtualNumbers));
        }

        return new()
        {
            SubAccountId = subAccountId,
            TotalNumbers = totalNumbers,
            UpdateEventType = updateEventType,
            VirtualNumbers = numbers,
            Unknown = UnknownMembers.From(extensionData),
        };
    }

    /// <summary>Creates one number of a virtual number update.</summary>
    /// <param name="msisdn">The number in E.164 format.</param>
    /// <param name="updatedTimestamp">When the number last changed.</param>
    /// <param name="countryCode">The country of the number.</param>
    /// <param name="operationalStatus">Whether the number is in service.</param>
    /// <param name="referenceId">The number range the number belongs to.</param>
    /// <param name="rentalPrice">The monthly rental fee.</param>
    /// <param name="incomingRate">The per-minute fee for calls to the number.</param>
    /// <param name="billingUnit">The billing increment of inbound calls.</param>
    /// <param name="billingCurrency">The currency of the prices.</param>
    /// <param name="numberHealthCheckEnabled">Whether the number health service watches the number.</param>
    /// <param name="updateStatus">Whether this update changed the number.</param>
    /// <returns>The number.</returns>
    public static UpdatedVirtualNumber UpdatedVirtualNumber(
        string? msisdn = null,
        Instant? updatedTimestamp = null,
        string? countryCode = null,
        NumberOperationalStatus? operationalStatus = null,
        string? referenceId = null,
        decimal? rentalPrice = null,
        decimal? incomingRate = null,
        int? billingUnit = null,
        string? billingCurrency = null,
        bool? numberHealthCheckEnabled = null,
        VirtualNumberUpdateStatus? updateStatus = null)
        => new()
        {
            Msisdn = msisdn,
            UpdatedTimestamp = updatedTimestamp,
            CountryCode = countryCode,
            OperationalStatus = operationalStatus,
            ReferenceId = referenceId,
            RentalPrice = rentalPrice,
            IncomingRate = incomingRate,
            BillingUnit = billingUnit,
            BillingCurrency = billingCurrency,
            NumberHealthCheckEnabled = numberHealthCheckEnabled,
            UpdateStatus = updateStatus,
        };
}
