using System.Text.Json.Serialization;
using System.Text.Json;
using NodaTime;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Reads an optional <see cref="Instant"/>: JSON <c>null</c>, an empty string and the string <c>"null"</c>
/// (which 8x8 sends in real payloads) all mean "no value".
/// </summary>
internal sealed class NullableInstantJsonConverter : JsonConverter<Instant?>
{
    public override bool HandleNull => true;

    public override Instant? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (WireToken.IsNoValue(ref reader))
        {
            return null;
        }

        return InstantJsonConverter.ReadValue(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, Instant? value, JsonSerializerOptions options)
    {
        if (value is { } instant)
        {
            InstantJsonConverter.WriteValue(writer, instant);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
