using System.Text.Json;

using static Evo8x8.Client.Ccai.Json.CcaiRecordValues;

namespace Evo8x8.Client.Ccai.Json;

/// <summary>The objects inside a CCAI record that <see cref="SessionMetadataRecordReader"/> reads member by member: participants, transfers, agents.</summary>
internal static class CcaiRecordParts
{
    public static readonly byte[][] ParticipantNames =
    [
        "id"u8.ToArray(), "type"u8.ToArray(), "status"u8.ToArray(), "user_id"u8.ToArray(), "phone_number"u8.ToArray(),
        "connected_at"u8.ToArray(), "ended_at"u8.ToArray(),
    ];

    public static readonly byte[][] TransferNames =
    [
        "id"u8.ToArray(), "transfer_type"u8.ToArray(), "status"u8.ToArray(), "from_agent"u8.ToArray(), "to_agent"u8.ToArray(),
        "to_menu"u8.ToArray(), "created_at"u8.ToArray(),
    ];

    public static readonly byte[][] AgentNames =
    [
        "id"u8.ToArray(), "name"u8.ToArray(), "first_name"u8.ToArray(), "last_name"u8.ToArray(), "email"u8.ToArray(),
        "agent_number"u8.ToArray(), "avatar_url"u8.ToArray(), "va_alias"u8.ToArray(),
    ];

    public static readonly byte[][] AgentReserved = [.. CcaiRecordValues.Reserved, "isVirtualAgent"u8.ToArray()];

    public delegate T? ReadValue<T>(ref Utf8JsonReader reader);

    public static CcaiParticipant? ReadParticipant(ref Utf8JsonReader reader)
    {
        if (!StartsObject(ref reader))
        {
            return null;
        }

        var read = new CcaiParticipant();
        int expected = 0;
        while (NextMember(ref reader, ParticipantNames, Reserved, ref expected, out string? unknown) is int member and >= Unknown)
        {
            switch (member)
            {
                case 0: read.Id = ReadInt64(ref reader); break;
                case 1: read.Type = ReadText(ref reader); break;
                case 2: read.Status = ReadText(ref reader); break;
                case 3: read.UserId = ReadInt64(ref reader); break;
                case 4: read.PhoneNumber = ReadText(ref reader); break;
                case 5: read.ConnectedAt = ReadTimestamp(ref reader); break;
                case 6: read.EndedAt = ReadTimestamp(ref reader); break;
                default: (read.ExtensionData ??= new Dictionary<string, JsonElement>())[unknown!] = JsonElement.ParseValue(ref reader); break;
            }
        }

        return read;
    }

    public static CcaiTransfer? ReadTransfer(ref Utf8JsonReader reader)
    {
        if (!StartsObject(ref reader))
        {
            return null;
        }

        var read = new CcaiTransfer();
        int expected = 0;
        while (NextMember(ref reader, TransferNames, Reserved, ref expected, out string? unknown) is int member and >= Unknown)
        {
            switch (member)
            {
                case 0: read.Id = ReadInt64(ref reader); break;
                case 1: read.TransferType = ReadText(ref reader); break;
                case 2: read.Status = ReadText(ref reader); break;
                case 3: read.FromAgent = ReadAgent(ref reader); break;
                case 4: read.ToAgent = ReadAgent(ref reader); break;
                case 5: read.ToMenu = Contract(ref reader, CcaiJsonContext.Default.CcaiMenu); break;
                case 6: read.CreatedAt = ReadTimestamp(ref reader); break;
                default: (read.ExtensionData ??= new Dictionary<string, JsonElement>())[unknown!] = JsonElement.ParseValue(ref reader); break;
            }
        }

        return read;
    }

    public static CcaiAgentInfo? ReadAgent(ref Utf8JsonReader reader)
    {
        if (!StartsObject(ref reader))
        {
            return null;
        }

        var read = new CcaiAgentInfo();
        int expected = 0;
        while (NextMember(ref reader, AgentNames, AgentReserved, ref expected, out string? unknown) is int member and >= Unknown)
        {
            switch (member)
            {
                case 0: read.Id = ReadInt64(ref reader); break;
                case 1: read.Name = ReadText(ref reader); break;
                case 2: read.FirstName = ReadText(ref reader); break;
                case 3: read.LastName = ReadText(ref reader); break;
                case 4: read.Email = ReadText(ref reader); break;
                case 5: read.AgentNumber = NumbersOrText.Read(ref reader, typeof(string), Options); break;
                case 6: read.AvatarUrl = ReadText(ref reader); break;
                case 7: read.VaAlias = ReadText(ref reader); break;
                default: (read.ExtensionData ??= new Dictionary<string, JsonElement>())[unknown!] = JsonElement.ParseValue(ref reader); break;
            }
        }

        return read;
    }

    /// <summary>A list as the contract reads one: null, or its elements (a null element is left out by the model).</summary>
    public static List<T>? ReadList<T>(ref Utf8JsonReader reader, ReadValue<T> readElement)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw NotMine();
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (readElement(ref reader) is { } element)
            {
                list.Add(element);
            }
        }

        return list;
    }

    /// <summary>False for null; true on the start of an object; anything else is left to the contract.</summary>
    public static bool StartsObject(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => false,
        JsonTokenType.StartObject => true,
        _ => throw NotMine(),
    };
}
