using System.Text.Json.Serialization;
using System.Text.Json;
using NodaTime;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Writes a <see cref="Duration"/> as whole milliseconds (8x8's <c>digitTimeout</c>, <c>overallTimeout</c>)
/// and reads it back from a number.
/// </summary>
internal sealed class MillisecondsDurationJsonConverter : JsonConverter<Duration>
{
    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Duration.FromMilliseconds(reader.GetInt64());

    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options)
        => writer.WriteNumberValue((long)value.TotalMilliseconds);
}
