using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Voice.Json;

/// <summary>
/// Writes and reads the callflow request <c>{"validUntil", "callflow": [ … ], "clientRequestId", "clientBatchId"}</c> by hand. The
/// context's own converters rule out the serializer's generated fast path, and its general path rents a frame stack
/// for the nested array on every call; written here, a request costs little more than its output string.
/// </summary>
internal sealed class CallflowJsonConverter : JsonConverter<Callflow>
{
    private static readonly CallflowActionJsonConverter ActionConverter = new();

    public override Callflow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A callflow request must be a JSON object, not {reader.TokenType}.");
        }

        Instant? validUntil = null;
        string? clientRequestId = null;
        string? clientBatchId = null;
        List<CallflowAction>? actions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (name.Equals("validUntil", StringComparison.OrdinalIgnoreCase))
            {
                validUntil = WireToken.IsNoValue(ref reader) ? null : InstantJsonConverter.ReadValue(ref reader);
            }
            else if (name.Equals("clientRequestId", StringComparison.OrdinalIgnoreCase))
            {
                clientRequestId = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else if (name.Equals("clientBatchId", StringComparison.OrdinalIgnoreCase))
            {
                clientBatchId = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else if (name.Equals("callflow", StringComparison.OrdinalIgnoreCase))
            {
                actions = ReadActions(ref reader, options);
            }
            else
            {
                reader.Skip();
            }
        }

        return new Callflow(actions ?? throw new JsonException("A callflow request needs a 'callflow' array of actions."), validUntil)
        {
            ClientRequestId = clientRequestId,
            ClientBatchId = clientBatchId,
        };
    }

    public override void Write(Utf8JsonWriter writer, Callflow value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.ValidUntil is { } validUntil)
        {
            writer.WritePropertyName("validUntil"u8);
            InstantJsonConverter.WriteValue(writer, validUntil);
        }

        writer.WriteStartArray("callflow"u8);
        foreach (CallflowAction action in value.Actions)
        {
            ActionConverter.Write(writer, action, options);
        }

        writer.WriteEndArray();
        if (value.ClientRequestId is { } clientRequestId)
        {
            writer.WriteString("clientRequestId"u8, clientRequestId);
        }

        if (value.ClientBatchId is { } clientBatchId)
        {
            writer.WriteString("clientBatchId"u8, clientBatchId);
        }

        writer.WriteEndObject();
    }

    private static List<CallflowAction> ReadActions(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"'callflow' must be a JSON array of actions, not {reader.TokenType}.");
        }

        var actions = new List<CallflowAction>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            actions.Add(ActionConverter.Read(ref reader, typeof(CallflowAction), options));
        }

        return actions;
    }
}
