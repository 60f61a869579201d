using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// A virtual number update (VNU, "Virtual Number Updated", <c>VIRTUAL_NUMBER_UPDATE</c>): virtual numbers joined or
/// left the subaccount's pool, or their health changed. It needs no answer beyond 200.
/// </summary>
public sealed record VirtualNumberUpdateEvent : WebhookEvent
{
    /// <summary>The subaccount's numbers as this update reports them.</summary>
    [JsonInclude]
    public VirtualNumberUpdatePayload Payload { get; internal set; } = null!;

    /// <summary>
    /// <c>VIRTUAL_NUMBER_UPDATE:</c>, the subaccount, the update type, the number count and the latest
    /// <c>updatedTimestamp</c>: 8x8 sends no event id, so two updates that agree on all of these count as one.
    /// </summary>
    [JsonIgnore]
    public override string? DeduplicationKey
    {
        get
        {
            if (Payload?.SubAccountId is not { } subAccountId)
            {
                return null;
            }

            Instant? latest = null;
            foreach (UpdatedVirtualNumber? number in Payload.VirtualNumbers)
            {
                // The payload leaves null items out; a list built otherwise (a test's model) must not make the key throw.
                if (number is not null && (number.UpdatedTimestamp > latest || latest is null))
                {
                    latest = number.UpdatedTimestamp;
                }
            }

            return string.Create(
                CultureInfo.InvariantCulture,
                $"{WebhookEventType.VirtualNumberUpdate}:{subAccountId}:{Payload.UpdateEventType}:{Payload.TotalNumbers}:{(latest is { } at ? InstantPattern.ExtendedIso.Format(at) : null)}");
        }
    }
}
