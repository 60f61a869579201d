using NodaTime;

namespace Evo8x8.Client.Voice.Numbers;

/// <summary>One virtual number assigned to the subaccount, with its prices and health.</summary>
public sealed class VirtualNumber
{
    /// <summary>The number in E.164 format.</summary>
    public string? Msisdn { get; init; }

    /// <summary>When the number was assigned to the subaccount.</summary>
    public Instant? DateCreated { get; init; }

    /// <summary>When any information about the number last changed.</summary>
    public Instant? DateUpdated { get; init; }

    /// <summary>The two-letter country code of the number.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Whether the number is in service.</summary>
    public NumberOperationalStatus? OperationalStatus { get; init; }

    /// <summary>The number range the number belongs to; calls to it carry this reference.</summary>
    public string? ReferenceId { get; init; }

    /// <summary>The monthly rental fee, in <see cref="BillingCurrency"/>.</summary>
    public decimal? RentalPrice { get; init; }

    /// <summary>The per-minute fee for calls to the number, in <see cref="BillingCurrency"/>.</summary>
    public decimal? IncomingRate { get; init; }

    /// <summary>The billing increment applied to inbound call durations, as 8x8 sends it.</summary>
    public int? BillingUnit { get; init; }

    /// <summary>The address of this number's own resource, for <see cref="INumbersApi.CheckAsync"/>.</summary>
    public string? Uri { get; init; }

    /// <summary>Whether the number health service watches this number.</summary>
    public bool? NumberHealthCheckEnabled { get; init; }

    /// <summary>The currency of <see cref="RentalPrice"/> and <see cref="IncomingRate"/>.</summary>
    public string? BillingCurrency { get; init; }

    /// <summary>The kind of number, verbatim (8x8 does not list its values).</summary>
    public string? NumberType { get; init; }

    /// <summary>The last health check, when the service watches the number.</summary>
    public NumberHealth? NumberHealth { get; init; }
}
