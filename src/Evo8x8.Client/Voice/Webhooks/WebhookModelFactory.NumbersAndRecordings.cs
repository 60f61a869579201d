using System.Text.Json;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Voice.Numbers;
using Evo8x8.Client.Voice.Recordings;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>Recording status (VRU) and virtual number update (VNU) events and their parts.</summary>
public static partial class WebhookModelFactory
{
    /// <summary>Creates a recording status event; its <see cref="WebhookEvent.EventType"/> is <c>CALL_RECORDING_STATUS</c>.</summary>
    /// <param name="payload">The recording; defaults to an empty payload, never <see langword="null"/> (as after parsing).</param>
    /// <param name="namespace">8x8's product namespace; defaults to <c>VOICE</c>.</param>
    /// <param name="description">8x8's description of the event type.</param>
    /// <param name="version">The envelope's schema version.</param>
    /// <returns>The event.</returns>
    public static CallRecordingStatusEvent CallRecordingStatusEvent(
        CallRecordingStatusPayload? payload = null,
        string? @namespace = VoiceNamespace,
        string? description = null,
        int? version = null)
        => new()
        {
            Namespace = @namespace,
            EventType = WebhookEventType.CallRecordingStatus,
            Description = description,
            Version = version,
            Payload = payload ?? CallRecordingStatusPayload(),
        };

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

    /// <summary>Creates a virtual number update event; its <see cref="WebhookEvent.EventType"/> is <c>VIRTUAL_NUMBER_UPDATE</c>.</summary>
    /// <param name="payload">The numbers; defaults to an empty payload, never <see langword="null"/> (as after parsing).</param>
    /// <param name="namespace">8x8's product namespace; defaults to <c>VOICE</c>.</param>
    /// <param name="description">8x8's description of the event type.</param>
    /// <param name="version">The envelope's schema version.</param>
    /// <returns>The event.</returns>
    public static VirtualNumberUpdateEvent VirtualNumberUpdateEvent(
        VirtualNumberUpdatePayload? payload = null,
        string? @namespace = VoiceNamespace,
        string? description = null,
        int? version = null)
        => new()
        {
            Namespace = @namespace,
            EventType = WebhookEventType.VirtualNumberUpdate,
            Description = description,
            Version = version,
            Payload = payload ?? VirtualNumberUpdatePayload(),
        };

    /// <summary>Creates the payload of a virtual number update.</summary>
    /// <param name="subAccountId">The 8x8 subaccount; without it the event has no de-duplication key.</param>
    /// <param name="totalNumbers">How many numbers the subaccount holds (not derived from <paramref name="virtualNumbers"/>).</param>
    /// <param name="updateEventType"><c>SNAPSHOT</c> or <c>UPDATES</c>.</param>
    /// <param name="virtualNumbers">The numbers reported, in order; none by default.</param>
    /// <param name="extensionData">JSON members the SDK does not name, as <see cref="Webhooks.VirtualNumberUpdatePayload.ExtensionData"/> returns them; none by default.</param>

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
