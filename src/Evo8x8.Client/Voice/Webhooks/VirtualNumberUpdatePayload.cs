using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The payload of a virtual number update: the subaccount, how many numbers it holds and the numbers this update
/// reports. Any field 8x8 leaves out is <see langword="null"/>.
/// </summary>
public sealed record VirtualNumberUpdatePayload
{
    private IReadOnlyList<UpdatedVirtualNumber> _virtualNumbers = [];

    /// <summary>The 8x8 subaccount whose pool changed.</summary>
    [JsonInclude]
    public string? SubAccountId { get; internal set; }

    /// <summary>How many virtual numbers are assigned to the subaccount.</summary>
    [JsonInclude]
    public int? TotalNumbers { get; internal set; }

    /// <summary>
    /// <see cref="VirtualNumberUpdateEventType.Snapshot"/> or <see cref="VirtualNumberUpdateEventType.Updates"/>; 8x8 does not
    /// explain the two beyond their names (read: the whole pool vs the changed numbers, with <see cref="UpdatedVirtualNumber.UpdateStatus"/> saying which changed).
    /// </summary>
    [JsonInclude]
    public VirtualNumberUpdateEventType? UpdateEventType { get; internal set; }

    /// <summary>
    /// The numbers this update reports, in 8x8's order. 8x8's field table types it "Object" but its sample sends an
    /// array, which is what is read. Empty, never <see langword="null"/>, when absent; a <c>null</c> item carries no
    /// number and is left out, so every item is an object.
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<UpdatedVirtualNumber> VirtualNumbers
    {
        get => _virtualNumbers;
        internal set => _virtualNumbers = value is null ? [] : value.Contains(null!) ? [.. value.Where(number => number is not null)] : value;
    }

    /// <summary>The JSON members of the payload this SDK does not name, kept as sent.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> ExtensionData => UnknownMembers.OrEmpty(Unknown);

    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? Unknown { get; set; }
}
