using System.Text.Json;
using System.Text.Json.Serialization;
using Evo8x8.Client.Webhooks;

namespace Evo8x8.Client.Serialization;

/// <summary>
/// Reads a session summary's <c>details</c> object (<c>{"CallA": {…}, "CallB": {…}}</c>) into the legs in their
/// order, each named by its key whatever its case. <c>null</c> reads as no legs.
/// </summary>
internal sealed class CallLegCollectionJsonConverter : JsonConverter<CallLegCollection>
{
    /// <summary>
    /// The key of <see cref="Exception.Data"/> that carries the path below <c>details</c> (for example
    /// <c>.CallA.callDuration</c>) of an error found inside a leg; the serializer only knows the path to <c>details</c>.
    /// </summary>
    internal const string InnerPathKey = "Evo8x8.InnerPath";

    /// <summary>
    /// The key of <see cref="Exception.Data"/> that carries the byte offset where the failing leg starts: the
    /// serializer reads a leg as a text of its own, so the inner error's line and position count from there.
    /// </summary>
    internal const string InnerOffsetKey = "Evo8x8.InnerOffset";

    public override bool HandleNull => true;

    public override CallLegCollection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return CallLegCollection.Empty;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected the call legs as an object keyed by leg name but found {reader.TokenType}.");
        }

        var legs = new List<CallLeg>(capacity: 2);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            long legStart = reader.TokenStartIndex;
            CallLeg? leg;
            try
            {
                leg = JsonSerializer.Deserialize(ref reader, Evo8x8JsonContext.Default.CallLeg);
            }
            catch (JsonException inner)
            {
                // Rethrown without a path so that the serializer adds the outer one; the leg's part travels in Data.
                var error = new JsonException($"Call leg '{name}': {JsonErrorText.WithoutPosition(inner)}", inner);
                error.Data[InnerPathKey] = "." + name + (inner.Path is { Length: > 1 } path ? path[1..] : string.Empty);
                error.Data[InnerOffsetKey] = legStart;
                throw error;
            }

            if (leg is null)
            {
                throw new JsonException($"Call leg '{name}' is null; expected an object.");
            }

            leg.SetName(name);
            legs.Add(leg);
        }

        return CallLegCollection.Wrap(legs);
    }

    public override void Write(Utf8JsonWriter writer, CallLegCollection value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (CallLeg leg in value)
        {
            writer.WritePropertyName(leg.Name);
            JsonSerializer.Serialize(writer, leg, Evo8x8JsonContext.Default.CallLeg);
        }

        writer.WriteEndObject();
    }
}
