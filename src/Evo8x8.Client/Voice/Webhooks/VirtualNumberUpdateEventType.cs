using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>The <c>updateEventType</c> of a virtual number update: whether it reports the whole pool or changes. Types 8x8 adds later are kept with their text.</summary>
[JsonConverter(typeof(WireValueJsonConverter<VirtualNumberUpdateEventType>))]
public readonly partial record struct VirtualNumberUpdateEventType(string Value) : IWireValue<VirtualNumberUpdateEventType>
{
    /// <summary><c>SNAPSHOT</c>: a snapshot of the subaccount's virtual numbers (read: the whole pool).</summary>
    public static VirtualNumberUpdateEventType Snapshot { get; } = new("SNAPSHOT");

    /// <summary><c>UPDATES</c>: updates to the subaccount's virtual numbers (read: the numbers that changed).</summary>
    public static VirtualNumberUpdateEventType Updates { get; } = new("UPDATES");
}
