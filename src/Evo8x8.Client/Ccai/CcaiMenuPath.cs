using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// The materialized menu path (<c>menu_path</c>): the tree of queue ids the session went through, such as
/// <c>2420/4563/6205</c>. The shape follows Google's call object; in the metadata file it is likely but unconfirmed.
/// </summary>
public sealed class CcaiMenuPath
{
    /// <summary>The readable path, menu names joined.</summary>
    [JsonPropertyName("name")]
    [JsonInclude]
    public string? Name { get; internal set; }

    /// <summary>The menu path id: queue ids joined by <c>/</c>, for example <c>2420/4563/6205</c>.</summary>
    [JsonPropertyName("materialized_path")]
    [JsonInclude]
    public string? MaterializedPath { get; internal set; }

    /// <summary>How many menus the path holds.</summary>
    [JsonPropertyName("items_count")]
    [JsonInclude]
    public int? ItemsCount { get; internal set; }

    /// <summary>Every field of the object this type does not name, kept as it was in the file.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
