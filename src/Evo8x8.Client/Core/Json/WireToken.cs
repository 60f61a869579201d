using System.Buffers;
using System.Text.Json;
using System.Text;

namespace Evo8x8.Client.Core.Json;

/// <summary>How the services' loose tokens read, in one place for every tolerant converter.</summary>
internal static class WireToken
{
    /// <summary>JSON <c>null</c>, <c>""</c> or the string <c>"null"</c>: the ways 8x8, Evo and CCAI say "no value".</summary>
    public static bool IsNoValue(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null
            || (reader.TokenType == JsonTokenType.String && (reader.ValueTextEquals(""u8) || reader.ValueTextEquals("null"u8)));

    /// <summary>The token's text exactly as written, for a number that is kept as text.</summary>
    public static string RawText(ref Utf8JsonReader reader)
        => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);

    /// <summary>
    /// The token's text, or false when its escapes do not make valid UTF-16 (a lone surrogate such as <c>\uD800</c>),
    /// which <see cref="Utf8JsonReader.GetString"/> refuses with an exception outside the serializer.
    /// </summary>
    public static bool TryGetText(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            // Only an escaped string can fail here: its escapes are not valid UTF-16.
            text = RawText(ref reader);
            return false;
        }
    }
}
