using System.Text.Json;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary>Reads the <c>{count, events[]}</c> envelope of CCAI Platform external session events.</summary>
public static class SessionEventParser
{
    /// <summary>Reads every event of one request, in order; a body without <c>events</c> gives none.</summary>
    /// <param name="body">The raw request body (UTF-8 JSON).</param>
    /// <returns>The events.</returns>
    /// <exception cref="JsonException">The body is not a JSON object, or <c>events</c> is not an array of objects.</exception>
    public static IReadOnlyList<SessionEvent> Parse(ReadOnlyMemory<byte> body)
    {
        using JsonDocument document = JsonDocument.Parse(body);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"A session event request must be a JSON object with 'events', not {root.ValueKind}.");
        }

        if (!root.TryGetProperty("events", out JsonElement events) || events.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (events.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"'events' must be a JSON array, not {events.ValueKind}.");
        }

        var read = new List<SessionEvent>(events.GetArrayLength());
        foreach (JsonElement item in events.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException($"Each of 'events' must be a JSON object, not {item.ValueKind}.");
            }

            read.Add(new SessionEvent(item.Clone()));
        }

        return read;
    }
}
