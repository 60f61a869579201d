using System.Text.Json;
using Evo8x8.Client.Testing.Voice.Calls;
using NodaTime;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>
/// Writes a <c>SessionInfo</c> in camelCase with the fields of Evo's seed documents. As ServiceStack does by
/// default, text fields without a value are left out; dates are ISO 8601 strings.
/// </summary>
internal static class SessionInfoJson
{
    public const string AccountId = "emulator-account";
    public const string AccountName = "Emulator Account";
    public const string HoldQueueName = "Emulator hold queue";

    public static void Write(Utf8JsonWriter writer, EvoSession session, bool withLog = true)
    {
        writer.WriteStartObject();
        writer.WriteString("id", session.Id);
        writer.WriteString("dateCreated", Date(session.DateCreated));
        writer.WriteString("dateLastModified", Date(session.DateLastModified));
        writer.WriteString("createdBy", session.CreatedBy);
        writer.WriteString("lastModifiedBy", session.CreatedBy);
        writer.WriteString("dialState", session.Ended ? "None" : "Active");
        writer.WriteString("callState", session.CallState);
        writer.WriteString("queueState", session.QueueState);
        writer.WriteString("accountId", AccountId);
        writer.WriteString("accountName", AccountName);
        writer.WriteStartArray("customerBreadcrumb");
        writer.WriteEndArray();
        foreach (string name in (string[])["customerId", "destination", "toAddress", "fromAddress", "fromName", "displayName", "fromPhoneNumber", "consoleData"])
        {
            if (session.Text(name) is { } value)
            {
                writer.WriteString(name, value);
            }
        }

        WriteIfSet(writer, "callSid", session.CallSid);
        WriteIfSet(writer, "conferenceSid", session.ConferenceSid);
        WriteIfSet(writer, "mostRecentParticipantCallSid", session.MostRecentParticipantCallSid);
        WriteIfSet(writer, "heldByUserId", session.HeldByUserId);
        WriteIfSet(writer, "holdQueueName", session.HeldByUserId is null ? null : HoldQueueName);
        WriteIfSet(writer, "outcome", session.Outcome);

        if (session.DateCompleted is { } completed)
        {
            writer.WriteString("dateCompleted", Date(completed));
        }

        writer.WriteString("channel", session.Channel);
        writer.WriteBoolean("ended", session.Ended);
        writer.WriteString("holdReason", session.HoldReason);
        writer.WriteString("direction", session.Direction);
        writer.WriteBoolean("wasMissed", false);
        WriteLog(writer, withLog ? session.Log : []);
        WriteMembers(writer, session);
        writer.WriteEndObject();
    }

    private static void WriteLog(Utf8JsonWriter writer, IEnumerable<(Instant Date, string Message)> log)
    {
        writer.WriteStartArray("log");
        foreach ((Instant date, string message) in log)
        {
            writer.WriteStartObject();
            writer.WriteString("date", Date(date));
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteMembers(Utf8JsonWriter writer, EvoSession session)
    {
        writer.WriteStartArray("members");
        foreach (EvoMember member in session.Members)
        {
            writer.WriteStartObject();
            writer.WriteString("identity", member.Identity);
            writer.WriteString("displayName", member.Identity);
            writer.WriteBoolean("isOriginalMember", member.IsOriginal);
            writer.WriteStartObject("applicationData");
            writer.WriteEndObject();
            writer.WriteString("callState", member.CallState);
            writer.WriteString("role", member.Role);
            WriteIfSet(writer, "callSid", member.CallSid);
            writer.WriteBoolean("muted", false);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Evo's <c>MessageInfo</c>.</summary>
    public static void WriteMessage(Utf8JsonWriter writer, EvoSession session, EvoMessage message)
    {
        writer.WriteStartObject();
        writer.WriteString("id", message.Id);
        writer.WriteString("accountId", AccountId);
        WriteIfSet(writer, "customerId", session.Text("customerId"));
        writer.WriteString("date", Date(message.Date));
        writer.WriteString("direction", message.Direction);
        writer.WriteString("otherAddress", message.OtherAddress);
        writer.WriteString("sender", message.Sender);
        writer.WriteString("text", message.Text);
        writer.WriteBoolean("isUnread", false);
        writer.WriteEndObject();
    }

    public static string Date(Instant instant) => VoiceEventJson.Format(instant);

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
