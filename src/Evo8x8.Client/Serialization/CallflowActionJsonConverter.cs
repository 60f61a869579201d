using System.Text.Json;
using System.Text.Json.Serialization;
using Evo8x8.Client.VoiceMessaging;

namespace Evo8x8.Client.Serialization;

/// <summary>
/// Writes a callflow action as 8x8's <c>{"action": name, "params": {…}}</c> (no <c>params</c> for
/// <c>hangup</c>) and reads it back, whichever of the two properties comes first.
/// </summary>
internal sealed class CallflowActionJsonConverter : JsonConverter<CallflowAction>
{
    public override CallflowAction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A callflow action must be a JSON object, not {reader.TokenType}.");
        }

        string action = FindActionName(reader);
        CallflowAction? result = action == HangupAction.ActionName ? new HangupAction() : null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isParams = reader.ValueTextEquals("params"u8);
            reader.Read();
            if (isParams && action != HangupAction.ActionName)
            {
                result = action switch
                {
                    MakeCallAction.ActionName => JsonSerializer.Deserialize(ref reader, Evo8x8JsonContext.Default.MakeCallAction),
                    SayAction.ActionName => JsonSerializer.Deserialize(ref reader, Evo8x8JsonContext.Default.SayAction),
                    PlayFileAction.ActionName => JsonSerializer.Deserialize(ref reader, Evo8x8JsonContext.Default.PlayFileAction),
                    SayAndCaptureAction.ActionName => JsonSerializer.Deserialize(ref reader, Evo8x8JsonContext.Default.SayAndCaptureAction),
                    _ => throw new JsonException($"'{action}' is not a callflow action; 8x8 accepts makeCall, say, playFile, sayAndCapture and hangup."),
                };
            }
            else
            {
                reader.Skip();
            }
        }

        return result ?? throw new JsonException($"The '{action}' action has no 'params' object.");
    }

    public override void Write(Utf8JsonWriter writer, CallflowAction value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("action"u8, value.Action);
        if (value is not HangupAction)
        {
            writer.WritePropertyName("params"u8);
        }

        switch (value)
        {
            case MakeCallAction makeCall:
                JsonSerializer.Serialize(writer, makeCall, Evo8x8JsonContext.Default.MakeCallAction);
                break;
            case SayAction say:
                JsonSerializer.Serialize(writer, say, Evo8x8JsonContext.Default.SayAction);
                break;
            case PlayFileAction playFile:
                JsonSerializer.Serialize(writer, playFile, Evo8x8JsonContext.Default.PlayFileAction);
                break;
            case SayAndCaptureAction sayAndCapture:
                JsonSerializer.Serialize(writer, sayAndCapture, Evo8x8JsonContext.Default.SayAndCaptureAction);
                break;
            case HangupAction:
                break;
            default:
                throw new JsonException($"{value.GetType().Name} is not a callflow action this SDK can write.");
        }

        writer.WriteEndObject();
    }

    // The value is buffered whole before a converter runs, so a copy of the reader can look ahead.
    private static string FindActionName(Utf8JsonReader probe)
    {
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            bool isAction = probe.ValueTextEquals("action"u8);
            probe.Read();
            if (isAction && probe.TokenType == JsonTokenType.String)
            {
                return probe.GetString()!;
            }

            probe.Skip();
        }

        throw new JsonException("A callflow action has no 'action' name.");
    }
}
