using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Voice.Numbers;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>One virtual number in a virtual number update, with its status, prices and whether this update changed it.</summary>
public sealed record UpdatedVirtualNumber
{
    /// <summary>The number in E.164 format.</summary>
    [JsonInclude]
    public string? Msisdn { get; internal set; }

    /// <summary>When the number last changed.</summary>
    [JsonInclude]
    public Instant? UpdatedTimestamp { get; internal set; }

    /// <summary>The country of the number, for example <c>SG</c>.</summary>
    [JsonInclude]
    public string? CountryCode { get; internal set; }

    /// <summary>
    /// Whether the number is in service: only <see cref="NumberOperationalStatus.Active"/> numbers should take new
    /// sessions; <see cref="NumberOperationalStatus.Unhealthy"/> is sent only by this webhook.
    /// </summary>
    [JsonInclude]
    public NumberOperationalStatus? OperationalStatus { get; internal set; }

    /// <summary>The number range the number belongs to; call events carry it as <c>sourceRefId</c>/<c>destinationRefId</c>.</summary>
    [JsonInclude]
    public string? ReferenceId { get; internal set; }

    /// <summary>The monthly rental fee, in <see cref="BillingCurrency"/>.</summary>
    [JsonInclude]
    public decimal? RentalPrice { get; internal set; }

    /// <summary>The per-minute fee for calls to the number, in <see cref="BillingCurrency"/>.</summary>
    [JsonInclude]
    public decimal? IncomingRate { get; internal set; }

    /// <summary>The billing increment applied to inbound call durations, as 8x8 sends it (the sample shows 1 and 60).</summary>
    [JsonInclude]
    public int? BillingUnit { get; internal set; }

    /// <summary>The currency of every price of the subaccount.</summary>
    [JsonInclude]
    public string? BillingCurrency { get; internal set; }

    /// <summary>Whether the number health service watches this number.</summary>
    [JsonInclude]
    public bool? NumberHealthCheckEnabled { get; internal set; }

    /// <summary>Whether this update changed the number: <see cref="VirtualNumberUpdateStatus.Updated"/> or <see cref="VirtualNumberUpdateStatus.NoChange"/>.</summary>
    [JsonInclude]
    public VirtualNumberUpdateStatus? UpdateStatus { get; internal set; }

    /// <summary>The JSON members of the number this SDK does not name, kept as sent.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> ExtensionData => UnknownMembers.OrEmpty(Unknown);

    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? Unknown { get; set; }
}
