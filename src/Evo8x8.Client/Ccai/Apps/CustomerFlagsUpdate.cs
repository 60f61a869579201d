using System.Text.Json.Serialization;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>The PATCH body as Google's page prints it, whose repeat-customer key is plural (<c>repeat_customers</c>).</summary>
internal sealed class CustomerFlagsUpdate(CcaiCustomerFlags flags)
{
    [JsonPropertyName("verified_customer")]
    public bool? VerifiedCustomer => flags.VerifiedCustomer;

    [JsonPropertyName("bad_actor")]
    public bool? BadActor => flags.BadActor;

    [JsonPropertyName("repeat_customers")]
    public bool? RepeatCustomers => flags.RepeatCustomer;
}
