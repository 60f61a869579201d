using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Voice.Json;

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
                    MakeCallAction.ActionName => JsonSerializer.Deserialize(ref reader, VoiceJsonContext.Default.MakeCallAction),
                    SayAction.ActionName => JsonSerializer.Deserialize(ref reader, VoiceJsonContext.Default.SayAction),
                    PlayFileAction.ActionName => JsonSerializer.Deserialize(ref reader, VoiceJsonContext.Default.PlayFileAction),
                    SayAndCaptureAction.ActionName => JsonSerializer.Deserialize(ref reader, VoiceJsonContext.Default.SayAndCaptureAction),
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

    // Written by hand, not through the generated contracts: the context's converters rule out the serializer's fast
    // path, and its general path costs half as much again as plain source-generated JSON (issue 13's benchmark). The
    // property names and order are those of the records; reading still goes through the generated contracts.
    public override void Write(Utf8JsonWriter writer, CallflowAction value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("action"u8, value.Action);
        switch (value)
        {
            case MakeCallAction makeCall:
                writer.WriteStartObject("params"u8);
                Text(writer, "source"u8, makeCall.Source);
                Text(writer, "destination"u8, makeCall.Destination);
                Flag(writer, "callRecording"u8, makeCall.CallRecording);
                writer.WriteEndObject();
                break;
            case SayAction say:
                writer.WriteStartObject("params"u8);
                Text(writer, "text"u8, say.Text);
                Text(writer, "voiceProfile"u8, say.VoiceProfile);
                Number(writer, "repetition"u8, say.Repetition);
                Number(writer, "speed"u8, say.Speed);
                writer.WriteEndObject();
                break;
            case PlayFileAction playFile:
                writer.WriteStartObject("params"u8);
                Text(writer, "fileUrl"u8, playFile.FileUrl);
                Number(writer, "repetition"u8, playFile.Repetition);
                writer.WriteEndObject();
                break;
            case SayAndCaptureAction capture:
                writer.WriteStartObject("params"u8);
                WriteCapture(writer, capture);
                writer.WriteEndObject();
                break;
            case HangupAction:
                break;
            default:
                throw new JsonException($"{value.GetType().Name} is not a callflow action this SDK can write.");
        }

        writer.WriteEndObject();
    }

    private static void WriteCapture(Utf8JsonWriter writer, SayAndCaptureAction capture)
    {
        Text(writer, "promptMessage"u8, capture.PromptMessage);
        Text(writer, "voiceProfile"u8, capture.VoiceProfile);
        Number(writer, "speed"u8, capture.Speed);
        Number(writer, "repetition"u8, capture.Repetition);
        Number(writer, "minDigits"u8, capture.MinDigits);
        Number(writer, "maxDigits"u8, capture.MaxDigits);
        Number(writer, "digitTimeout"u8, (long?)capture.DigitTimeout?.TotalMilliseconds);
        Number(writer, "overallTimeout"u8, (long?)capture.OverallTimeout?.TotalMilliseconds);
        Flag(writer, "completeOnHash"u8, capture.CompleteOnHash);
        Number(writer, "noOfTries"u8, capture.NoOfTries);
        Text(writer, "successMessage"u8, capture.SuccessMessage);
        Text(writer, "failureMessage"u8, capture.FailureMessage);
    }

    // Unset values are left out, as the context's WhenWritingNull does for every other body.
    private static void Text(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Flag(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private static void Number(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void Number(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
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
