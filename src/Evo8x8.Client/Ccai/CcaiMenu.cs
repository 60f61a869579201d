using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// The menu (queue) the end-user selected (<c>selected_menu</c>): the leaf of the menu path, with the channel
/// it belongs to. The shape follows Google's call object; in the metadata file it is likely but unconfirmed.
/// </summary>
public sealed class CcaiMenu
{
    /// <summary>The menu's id; the last id of <see cref="CcaiMenuPath.MaterializedPath"/>.</summary>
    [JsonPropertyName("id")]
    [JsonInclude]
    public long? Id { get; internal set; }

    /// <summary>The menu's name as configured.</summary>
    [JsonPropertyName("name")]
    [JsonInclude]
    public string? Name { get; internal set; }

    /// <summary>The id of the parent menu, if any.</summary>
    [JsonPropertyName("parent_id")]
    [JsonInclude]
    public long? ParentId { get; internal set; }

    /// <summary>The channel the menu belongs to, for example <c>ivr_menu</c>.</summary>
    [JsonPropertyName("menu_type")]
    [JsonInclude]
    public string? MenuType { get; internal set; }

    /// <summary>Every field of the object this type does not name, kept as it was in the file.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
