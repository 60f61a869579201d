using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Numbers;

/// <summary>Whether a virtual number is in service. Statuses 8x8 adds later are kept with their text.</summary>
[JsonConverter(typeof(WireValueJsonConverter<NumberOperationalStatus>))]
public readonly partial record struct NumberOperationalStatus(string Value) : IWireValue<NumberOperationalStatus>
{
    /// <summary><c>Active</c>: the number takes calls.</summary>
    public static NumberOperationalStatus Active { get; } = new("Active");

    /// <summary>
    /// <c>Unhealthy</c>: calling services on the number are degraded; do not use it for new sessions, though calls
    /// from earlier allocations may still arrive. Only the VNU webhook page lists it, not the numbers API schema.
    /// </summary>
    public static NumberOperationalStatus Unhealthy { get; } = new("Unhealthy");

    /// <summary><c>Expiring</c>: the number is about to be released.</summary>
    public static NumberOperationalStatus Expiring { get; } = new("Expiring");

    /// <summary><c>Inactive</c>: the number takes no calls.</summary>
    public static NumberOperationalStatus Inactive { get; } = new("Inactive");
}
