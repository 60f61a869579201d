using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>The <c>updateStatus</c> of one number in a virtual number update: whether this update changed it. Values 8x8 adds later are kept with their text.</summary>
[JsonConverter(typeof(WireValueJsonConverter<VirtualNumberUpdateStatus>))]
public readonly partial record struct VirtualNumberUpdateStatus(string Value) : IWireValue<VirtualNumberUpdateStatus>
{
    /// <summary><c>NO_CHANGE</c>: the number did not change in this update.</summary>
    public static VirtualNumberUpdateStatus NoChange { get; } = new("NO_CHANGE");

    /// <summary><c>UPDATED</c>: the number's status changed in this update.</summary>
    public static VirtualNumberUpdateStatus Updated { get; } = new("UPDATED");
}
