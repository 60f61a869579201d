using System.Text.Json;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Finds the first property name written twice in one JSON object (names compared exactly), for runtimes whose
/// serializer cannot refuse duplicates itself (.NET 8; .NET 10 has <c>AllowDuplicateProperties</c>).
/// Expects well-formed JSON and reports nothing for a syntax error, which the serializer reports on its own.
/// </summary>
internal static class JsonDuplicateProbe
{
    /// <summary>A duplicate: the JSON path of its second occurrence and that name's byte offset.</summary>
    internal readonly record struct Duplicate(string Path, long ByteOffset);

    public static bool TryFind(ReadOnlySpan<byte> json, out Duplicate duplicate)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        var seen = new List<HashSet<string>?>();
        var names = new List<string?>();
        duplicate = default;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        seen.Add(new HashSet<string>(StringComparer.Ordinal));
                        names.Add(null);
                        break;
                    case JsonTokenType.StartArray:
                        seen.Add(null);
                        names.Add(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        seen.RemoveAt(seen.Count - 1);
                        names.RemoveAt(names.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        WireToken.TryGetText(ref reader, out string name);
                        names[^1] = name;
                        if (!seen[^1]!.Add(name))
                        {
                            duplicate = new(PathOf(names), reader.TokenStartIndex);
                            return true;
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not well-formed: the serializer's own error says where.
        }

        return false;
    }

    private static string PathOf(List<string?> names)
        => "$" + string.Concat(names.Where(name => name is not null).Select(name => "." + name));
}
