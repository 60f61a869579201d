using System.Collections.ObjectModel;
using System.Text.Json;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// The JSON members a model does not name, as the serializer collects them (<c>[JsonExtensionData]</c>). Models keep
/// them so that a field 8x8 adds tomorrow is readable today; the dictionary is made only when such a member exists.
/// </summary>
internal static class UnknownMembers
{
    /// <summary>The dictionary every model without unknown members shares.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Empty { get; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>The members as a read-only view, or <see cref="Empty"/> when there are none.</summary>
    public static IReadOnlyDictionary<string, JsonElement> OrEmpty(Dictionary<string, JsonElement>? members)
        => members is { Count: > 0 } ? members.AsReadOnly() : Empty;

    /// <summary>A copy of what a caller gave a model factory, or <see langword="null"/> for none.</summary>
    public static Dictionary<string, JsonElement>? From(IEnumerable<KeyValuePair<string, JsonElement>>? members)
    {
        if (members is null)
        {
            return null;
        }

        var copy = new Dictionary<string, JsonElement>();
        foreach ((string name, JsonElement value) in members)
        {
            copy[name] = value.Clone();
        }

        return copy.Count > 0 ? copy : null;
    }

    /// <summary>
    /// Makes the dictionary of members kept as one JSON object's text, as the serializer would have made it (a repeated
    /// name keeps its first place and its last value), and publishes it in <paramref name="target"/> once: a thread that
    /// loses the race gets the winner's dictionary.
    /// </summary>
    public static IDictionary<string, JsonElement> Parse(ref IDictionary<string, JsonElement>? target, byte[] text)
    {
        var reader = new Utf8JsonReader(text);
        var members = new Dictionary<string, JsonElement>();
        foreach (JsonProperty member in JsonElement.ParseValue(ref reader).EnumerateObject())
        {
            members[member.Name] = member.Value;
        }

        return Interlocked.CompareExchange(ref target, members, null) ?? members;
    }
}
