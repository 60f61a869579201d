using System.Text.Json;
using Evo8x8.Client.Testing.Calls;
using NodaTime;

namespace Evo8x8.Client.Testing.Sessions;

/// <summary>
/// Writes a <c>SessionInfo</c> in camelCase with the fields of Evo's seed documents. As ServiceStack does by
/// default, text fields without a value are left out; dates are ISO 8601 strings.
/// </summary>
internal static class SessionInfoJson
{
    public const string AccountId = "emulator-account";
    public const string AccountName = "Emulator Account";

    public static void Write(Utf8JsonWriter writer, EvoSession session)
    {
        writer.WriteStartObject();
        writer.WriteString("id", session.Id);
        writer.WriteString("dateCreated", Date(session.DateCreated));
        writer.WriteString("dateLastModified", Date(session.DateLastModified));
        writer.WriteString("createdBy", session.CreatedBy);
        writer.WriteString("lastModifiedBy", session.CreatedBy);
        writer.WriteString("dialState", session.Ended ? "None" : "Active");
        writer.WriteString("callState", session.CallState);
        writer.WriteString("queueState", "None");
        writer.WriteString("accountId", AccountId);
        writer.WriteString("accountName", AccountName);
        writer.WriteStartArray("customerBreadcrumb");
        writer.WriteEndArray();
        foreach (string name in (string[])["customerId", "destination", "toAddress", "fromAddress", "fromName", "displayName", "fromPhoneNumber"])
        {
            if (session.Text(name) is { } value)
            {
                writer.WriteString(name, value);
            }
        }

        if (session.DateCompleted is { } completed)
        {
            writer.WriteString("dateCompleted", Date(completed));
        }

        writer.WriteString("channel", session.Channel);
        writer.WriteBoolean("ended", session.Ended);
        writer.WriteString("holdReason", "None");
        writer.WriteString("direction", session.Direction);
        writer.WriteBoolean("wasMissed", false);
        WriteLog(writer, session);
        WriteMembers(writer, session);
        writer.WriteEndObject();
    }

    private static void WriteLog(Utf8JsonWriter writer, EvoSession session)
    {
        writer.WriteStartArray("log");
        foreach ((Instant date, string message) in session.Log)
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
        foreach (string email in session.MemberEmails)
        {
            writer.WriteStartObject();
            writer.WriteString("identity", email);
            writer.WriteString("displayName", email);
            writer.WriteBoolean("isOriginalMember", true);
            writer.WriteStartObject("applicationData");
            writer.WriteEndObject();
            writer.WriteString("callState", session.Ended ? "None" : "Connected");
            writer.WriteString("role", "Agent");
            writer.WriteBoolean("muted", false);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Date(Instant instant) => VoiceEventJson.Format(instant);
}
