using System.Text.Json;

namespace Evo8x8.Client.Serialization;

/// <summary>Turns System.Text.Json's error messages into text that can be quoted next to our own path and position.</summary>
internal static class JsonErrorText
{
    /// <summary>The message without the " Path: … | LineNumber: … | BytePositionInLine: …" tail the serializer appends.</summary>
    public static string WithoutPosition(JsonException exception)
    {
        string message = exception.Message;
        int tail = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (tail < 0)
        {
            tail = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return tail > 0 ? message[..tail] : message;
    }
}
