using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>The <c>updateStatus</c> of one number in a virtual number update: whether this update changed it. Values 8x8 adds later are kept with their text.</summary>
[JsonConverter(typeof(WireValueJsonConverter<VirtualNumberUpdateStatus>))]
public readonly record struct VirtualNumberUpdateStatus(string Value) : IWireValue<VirtualNumberUpdateStatus>
{
    /// <summary><c>NO_CHANGE</c>: the number did not change in this update.</summary>
    public static VirtualNumberUpdateStatus NoChange { get; } = new("NO_CHANGE");

    /// <summary><c>UPDATED</c>: the number's status changed in this update.</summary>
    public static VirtualNumberUpdateStatus Updated { get; } = new("UPDATED");

    static IReadOnlyList<VirtualNumberUpdateStatus> IWireValue<VirtualNumberUpdateStatus>.Known { get; } = [NoChange, Updated];

    string IWireValue<VirtualNumberUpdateStatus>.WireText => Value;

    static VirtualNumberUpdateStatus IWireValue<VirtualNumberUpdateStatus>.FromWire(string text) => new(text);

    /// <summary>The text as 8x8 sends it.</summary>
    public override string ToString() => Value ?? string.Empty;
}
