using System.Text.Json.Serialization;
using System.Text.Json;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Writes an <see cref="Instant"/> as UTC without fractional seconds (<c>yyyy-MM-ddTHH:mm:ssZ</c>), the form 8x8's
/// log export request documents; reads every ISO-8601 form like <see cref="InstantJsonConverter"/>.
/// </summary>
internal sealed class WholeSecondInstantJsonConverter : JsonConverter<Instant>
{
    private static readonly InstantPattern Pattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'");

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => InstantJsonConverter.ReadValue(ref reader);

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
        => writer.WriteStringValue(Pattern.Format(value));
}
