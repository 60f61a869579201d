using System.Text.Json.Serialization;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>The reserved customer flags of a call (<c>/calls/{id}/customer_flag</c>); <see langword="null"/> leaves a flag unchanged on update.</summary>
public sealed class CcaiCustomerFlags
{
    /// <summary>The customer was verified.</summary>
    [JsonPropertyName("verified_customer")]
    public bool? VerifiedCustomer { get; init; }

    /// <summary>The customer is a bad actor.</summary>
    [JsonPropertyName("bad_actor")]
    public bool? BadActor { get; init; }

    /// <summary>The customer called before (read as <c>repeat_customer</c>; written as the page's <c>repeat_customers</c>).</summary>
    [JsonPropertyName("repeat_customer")]
    public bool? RepeatCustomer { get; init; }
}
