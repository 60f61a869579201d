using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Ccai.Json;

/// <summary>
/// Reads a CCAI session status from a number (<c>81</c>), a numeric string (<c>"81"</c>) or a name
/// (<c>"voicemail_received"</c>); writes the name when there is one, otherwise the number.
/// </summary>
internal sealed class CcaiSessionStatusJsonConverter : JsonConverter<CcaiSessionStatus>
{
    private static readonly (byte[] Utf8, CcaiSessionStatus Value)[] KnownNames =
        [.. CcaiSessionStatus.Known.Select(known => (System.Text.Encoding.UTF8.GetBytes(known.Name!), known))];

    public override CcaiSessionStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int number))
        {
            return CcaiSessionStatus.FromCode(number);
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a session status number or name but found {reader.TokenType}.");
        }

        // The usual case, an exact known name, is matched on the UTF-8 bytes so that it allocates nothing.
        foreach ((byte[] utf8, CcaiSessionStatus value) in KnownNames)
        {
            if (reader.ValueTextEquals(utf8))
            {
                return value;
            }
        }

        string text = reader.GetString()!;
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed)
            ? CcaiSessionStatus.FromCode(parsed)
            : CcaiSessionStatus.FromName(text);
    }

    public override void Write(Utf8JsonWriter writer, CcaiSessionStatus value, JsonSerializerOptions options)
    {
        if (value.Name is { } name)
        {
            writer.WriteStringValue(name);
        }
        else if (value.Code is { } code)
        {
            writer.WriteNumberValue(code);
        }
        else
        {
            // default(CcaiSessionStatus) carries neither; writing 0 would claim "scheduled".
            writer.WriteNullValue();
        }
    }
}
