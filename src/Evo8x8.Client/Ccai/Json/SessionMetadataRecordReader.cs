using System.Text.Json;

using static Evo8x8.Client.Ccai.Json.CcaiRecordParts;
using static Evo8x8.Client.Ccai.Json.CcaiRecordValues;

namespace Evo8x8.Client.Ccai.Json;

/// <summary>
/// Reads one well-formed CCAI metadata record member by member, for <see cref="SessionRecordDecoder"/>: the serializer's
/// general object reader took 1.2-1.4 times plain System.Text.Json on an export's varied records, most of it one
/// <see cref="JsonDocument"/> per unknown member and the per-record set-up. This reader matches names in the order the
/// platform writes them, reads each value through the contract's own converters, and keeps the unknown members as
/// their exact text, turned into <see cref="SessionMetadata.ExtensionData"/> when someone reads it.
/// </summary>
/// <remarks>
/// It reads only what it is sure of. Anything else (a name in another case or escaped, a number written as text where
/// the contract would have to decide, a value of the wrong kind, malformed JSON) makes it give up, and the caller
/// reads the record with the serializer's contract, which also words every error. So a record reads exactly as the
/// contract reads it: a differential test holds the two to the same result on generated records.
/// </remarks>
internal static class SessionMetadataRecordReader
{
    // In the platform's order (voice-inbound.json, then the chat members where chat records write them), so that the
    // next expected member is usually the first one tried.
    private static readonly byte[][] Names =
    [
        "id"u8.ToArray(), "parent_id"u8.ToArray(), "lang"u8.ToArray(), "call_type"u8.ToArray(), "chat_type"u8.ToArray(),
        "session_type"u8.ToArray(), "session_type_v2"u8.ToArray(), "status"u8.ToArray(), "subStatus"u8.ToArray(), "sub_status"u8.ToArray(),
        "created_at"u8.ToArray(), "queued_at"u8.ToArray(), "assigned_at"u8.ToArray(), "connected_at"u8.ToArray(), "ends_at"u8.ToArray(),
        "scheduled_at"u8.ToArray(), "updated_at"u8.ToArray(), "first_msg_sent_at"u8.ToArray(), "last_msg_sent_at"u8.ToArray(),
        "wait_duration"u8.ToArray(), "queue_duration"u8.ToArray(), "call_duration"u8.ToArray(), "chat_duration"u8.ToArray(),
        "hold_duration"u8.ToArray(), "answer_type"u8.ToArray(), "out_ticket_id"u8.ToArray(), "out_ticket_url"u8.ToArray(),
        "recording_permission"u8.ToArray(), "recording_url"u8.ToArray(), "support_number"u8.ToArray(), "outbound_number"u8.ToArray(),
        "selected_menu"u8.ToArray(), "menu_path"u8.ToArray(), "queue_priority_level"u8.ToArray(), "rating"u8.ToArray(),
        "has_feedback"u8.ToArray(), "comment"u8.ToArray(), "agent_info"u8.ToArray(), "transfers"u8.ToArray(), "deflection"u8.ToArray(),
        "disposition"u8.ToArray(), "fail_reason"u8.ToArray(), "fail_details"u8.ToArray(), "voicemail_reason"u8.ToArray(),
        "disconnected_by"u8.ToArray(), "verified"u8.ToArray(), "photos"u8.ToArray(), "videos"u8.ToArray(), "participants"u8.ToArray(),
    ];

    private static readonly byte[][] MetadataReserved = [.. CcaiRecordValues.Reserved, "type"u8.ToArray(), "handleTime"u8.ToArray(), "isChat"u8.ToArray()];

    /// <summary>The names this reader knows for each type it reads itself, for the test that holds them to the contract's.</summary>
    internal static IReadOnlyDictionary<Type, IEnumerable<string>> KnownNames => new Dictionary<Type, IEnumerable<string>>
    {
        [typeof(SessionMetadata)] = Names.Select(System.Text.Encoding.UTF8.GetString),
        [typeof(CcaiParticipant)] = ParticipantNames.Select(System.Text.Encoding.UTF8.GetString),
        [typeof(CcaiTransfer)] = TransferNames.Select(System.Text.Encoding.UTF8.GetString),
        [typeof(CcaiAgentInfo)] = AgentNames.Select(System.Text.Encoding.UTF8.GetString),
    };

    /// <summary>The names of each type's other properties, which the reader leaves to the contract, for the same test.</summary>
    internal static IReadOnlyDictionary<Type, IEnumerable<string>> ReservedNames => new Dictionary<Type, IEnumerable<string>>
    {
        [typeof(SessionMetadata)] = MetadataReserved.Select(System.Text.Encoding.UTF8.GetString),
        [typeof(CcaiParticipant)] = Reserved.Select(System.Text.Encoding.UTF8.GetString),
        [typeof(CcaiTransfer)] = Reserved.Select(System.Text.Encoding.UTF8.GetString),
        [typeof(CcaiAgentInfo)] = AgentReserved.Select(System.Text.Encoding.UTF8.GetString),
    };

    /// <summary>
    /// Reads <paramref name="record"/> (valid UTF-8) as one metadata object, or returns false when the serializer's
    /// contract has to read it: its reading, and its words for an error, are then the answer.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> record, out SessionMetadata? metadata)
    {
        metadata = null;
        var reader = new Utf8JsonReader(record);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var read = new SessionMetadata();
            UnknownSpans unknown = default;
            int expected = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                long nameStart = reader.TokenStartIndex;
                int member = Find(ref reader, Names, MetadataReserved, expected);
                if (member == GiveUp || !reader.Read())
                {
                    return false;
                }

                if (member == Unknown)
                {
                    reader.Skip();
                    unknown.Add((int)nameStart, (int)reader.BytesConsumed);
                    continue;
                }

                ReadMember(ref reader, read, member);
                expected = member + 1;
            }

            // The object must have ended, and nothing but white space may follow it.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return false;
            }

            read.KeepUnknownMembers(unknown.ToText(record));
            metadata = read;
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            // Malformed JSON or a value the contract's converters refuse: the serializer says what and where.
            return false;
        }
    }

    private static void ReadMember(ref Utf8JsonReader reader, SessionMetadata read, int member)
    {
        switch (member)
        {
            case 0: read.Id = ReadInt64(ref reader) ?? throw NotMine(); break;
            case 1: read.ParentId = ReadInt64(ref reader); break;
            case 2: read.Lang = ReadText(ref reader); break;
            case 3: read.CallType = ReadSessionType(ref reader); break;
            case 4: read.ChatType = ReadSessionType(ref reader); break;
            case 5: read.SessionType = ReadSessionType(ref reader); break;
            case 6: read.SessionTypeV2 = ReadSessionType(ref reader); break;
            case 7: read.Status = reader.TokenType == JsonTokenType.Null ? null : Statuses.Read(ref reader, typeof(CcaiSessionStatus), Options); break;
            case 8: read.SubStatus = ReadText(ref reader); break;
            case 9: read.ChatSubStatus = ReadText(ref reader); break;
            case 10: read.CreatedAt = ReadTimestamp(ref reader); break;
            case 11: read.QueuedAt = ReadTimestamp(ref reader); break;
            case 12: read.AssignedAt = ReadTimestamp(ref reader); break;
            case 13: read.ConnectedAt = ReadTimestamp(ref reader); break;
            case 14: read.EndsAt = ReadTimestamp(ref reader); break;
            case 15: read.ScheduledAt = ReadTimestamp(ref reader); break;
            case 16: read.UpdatedAt = ReadTimestamp(ref reader); break;
            case 17: read.FirstMessageSentAt = ReadTimestamp(ref reader); break;
            case 18: read.LastMessageSentAt = ReadTimestamp(ref reader); break;
            case 19: read.WaitDuration = ReadDuration(ref reader); break;
            case 20: read.QueueDuration = ReadDuration(ref reader); break;
            case 21: read.CallDuration = ReadDuration(ref reader); break;
            case 22: read.ChatDuration = ReadDuration(ref reader); break;
            case 23: read.HoldDuration = ReadDuration(ref reader); break;
            case 24: read.AnswerType = ReadText(ref reader); break;
            case 25: read.OutTicketId = NumbersOrText.Read(ref reader, typeof(string), Options); break;
            case 26: read.OutTicketUrl = ReadText(ref reader); break;
            case 27:
                read.RecordingPermission = reader.TokenType == JsonTokenType.Null
                    ? null
                    : RecordingPermissions.Read(ref reader, typeof(CcaiRecordingPermission), Options);
                break;
            case 28: read.RecordingUrl = ReadText(ref reader); break;
            case 29: read.SupportNumber = ReadText(ref reader); break;
            case 30: read.OutboundNumber = ReadText(ref reader); break;
            case 31: read.SelectedMenu = Contract(ref reader, CcaiJsonContext.Default.CcaiMenu); break;
            case 32: read.MenuPath = Contract(ref reader, CcaiJsonContext.Default.CcaiMenuPath); break;
            case 33: read.QueuePriorityLevel = ReadInt32(ref reader); break;
            case 34: read.Rating = ReadInt32(ref reader); break;
            case 35: read.HasFeedback = ReadBoolean(ref reader); break;
            case 36: read.Comment = ReadText(ref reader); break;
            case 37: read.AgentInfo = ReadAgent(ref reader); break;
            case 38: read.Transfers = ReadList(ref reader, ReadTransfer); break;
            case 39: read.Deflection = ReadText(ref reader); break;
            case 40: read.Disposition = Dispositions.Read(ref reader, typeof(CcaiDisposition), Options); break;
            case 41: read.FailReason = ReadText(ref reader); break;
            case 42: read.FailDetails = ReadText(ref reader); break;
            case 43: read.VoicemailReason = ReadText(ref reader); break;
            case 44: read.DisconnectedBy = ReadText(ref reader); break;
            case 45: read.Verified = ReadBoolean(ref reader); break;
            case 46: read.Photos = Contract(ref reader, CcaiJsonContext.Default.IReadOnlyListCcaiMediaItem); break;
            case 47: read.Videos = Contract(ref reader, CcaiJsonContext.Default.IReadOnlyListCcaiMediaItem); break;
            case 48: read.Participants = ReadList(ref reader, ReadParticipant); break;
            default: throw NotMine();
        }
    }

    /// <summary>Where each unknown member (<c>"name": value</c>) lies in the record: the first few inline, more on the heap.</summary>
    private struct UnknownSpans
    {
        private (int Start, int End) _first;
        private List<(int Start, int End)>? _more;
        private int _count;

        public void Add(int start, int end)
        {
            if (_count++ == 0)
            {
                _first = (start, end);
            }
            else
            {
                (_more ??= []).Add((start, end));
            }
        }

        /// <summary>The members as one JSON object's text, <c>{"a":1,"b":{…}}</c>, or null for none.</summary>
        public readonly byte[]? ToText(ReadOnlySpan<byte> record)
        {
            if (_count == 0)
            {
                return null;
            }

            int length = 2 + (_first.End - _first.Start);
            foreach ((int start, int end) in _more ?? [])
            {
                length += 1 + end - start;
            }

            byte[] text = new byte[length];
            text[0] = (byte)'{';
            record[_first.Start.._first.End].CopyTo(text.AsSpan(1));
            int at = 1 + _first.End - _first.Start;
            foreach ((int start, int end) in _more ?? [])
            {
                text[at++] = (byte)',';
                record[start..end].CopyTo(text.AsSpan(at));
                at += end - start;
            }

            text[at] = (byte)'}';
            return text;
        }
    }
}
