using System.Globalization;
using System.Text;

namespace Evo8x8.Client.Tests.Ccai;

/// <summary>
/// Varied call and chat records as NDJSON, deterministic for a seed: statuses and types in their numeric, snake-case and
/// display forms, human, virtual or no agent, transfers, participants, ratings and missing values.
/// </summary>
internal static class GeneratedRecords
{
    private static readonly string[] CallTypes = ["Voice inbound", "voice_inbound", "Voice Inbound (IVR)", "voice_outbound_api", "Voice Campaign"];
    private static readonly string[] ChatTypes = ["Messaging (Web)", "messaging_web", "Messaging (WhatsApp)", "Messaging Inbound (SMS)"];
    private static readonly string[] CallStatuses = ["\"finished\"", "8", "\"Finished\"", "\"failed\"", "81", "\"deflected\"", "\"va_connected\"", "42"];
    private static readonly string[] ChatStatuses = ["\"finished\"", "\"no_response\"", "\"No Response\"", "\"canceled\"", "\"assigned\""];

    public static byte[] Ndjson(int count, int seed = 7)
    {
        Random random = new(seed);
        StringBuilder text = new();
        for (int i = 0; i < count; i++)
        {
            text.Append(Record(100_000 + i, random)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string Record(long id, Random random)
    {
        bool chat = random.Next(3) == 0;
        StringBuilder json = new();
        json.Append(CultureInfo.InvariantCulture, $"{{\"id\":{id},\"lang\":\"{(random.Next(4) == 0 ? "es" : "en")}\"");
        if (chat)
        {
            string type = ChatTypes[random.Next(ChatTypes.Length)];
            json.Append(CultureInfo.InvariantCulture, $",\"chat_type\":\"{type}\",\"session_type\":\"{type}\",\"status\":{ChatStatuses[random.Next(ChatStatuses.Length)]},\"sub_status\":\"connected_with_agent\"");
        }
        else
        {
            string type = CallTypes[random.Next(CallTypes.Length)];
            json.Append(CultureInfo.InvariantCulture, $",\"call_type\":\"{type}\",\"status\":{CallStatuses[random.Next(CallStatuses.Length)]},\"subStatus\":\"connected_with_agent\"");
            if (random.Next(3) > 0)
            {
                json.Append(CultureInfo.InvariantCulture, $",\"session_type_v2\":\"{type} (Mobile)\"");
            }
        }

        int minute = random.Next(60);
        int offset = random.Next(-8, 10);
        string at = string.Create(CultureInfo.InvariantCulture, $"2024-05-{1 + random.Next(28):00}T{random.Next(24):00}:{minute:00}:{random.Next(60):00}.{random.Next(1000):000}{(offset < 0 ? '-' : '+')}{Math.Abs(offset):00}:00");
        json.Append(CultureInfo.InvariantCulture, $",\"created_at\":\"{at}\",\"ends_at\":\"{at}\",\"updated_at\":\"{at}\"");
        if (random.Next(5) > 0)
        {
            json.Append(CultureInfo.InvariantCulture, $",\"wait_duration\":{random.Next(600)}");
        }

        if (random.Next(6) > 0)
        {
            string duration = random.Next(4) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{random.Next(3000)}.5") : random.Next(3000).ToString(CultureInfo.InvariantCulture);
            json.Append(CultureInfo.InvariantCulture, $",\"{(chat ? "chat_duration" : "call_duration")}\":{duration}");
        }

        if (!chat && random.Next(2) == 0)
        {
            json.Append(CultureInfo.InvariantCulture, $",\"hold_duration\":{random.Next(120)}");
        }

        int rating = random.Next(7) - 2;
        if (rating >= 0)
        {
            json.Append(CultureInfo.InvariantCulture, $",\"rating\":{rating},\"has_feedback\":{(rating > 0 ? "true" : "false")}");
        }

        switch (random.Next(3))
        {
            case 0:
                json.Append(CultureInfo.InvariantCulture, $",\"agent_info\":{{\"id\":{random.Next(500)},\"name\":\"Agent {random.Next(500)}\",\"email\":\"agent@example.com\"}}");
                break;
            case 1:
                json.Append(",\"agent_info\":{\"id\":9,\"name\":\"Bot\",\"va_alias\":\"billing-bot\"}");
                break;
        }

        json.Append(random.Next(4) == 0 ? ",\"disposition\":\"Resolved; hours given\"" : ",\"disposition\":{\"code\":\"Resolved\",\"notes\":\"ok\"}");
        json.Append(",\"recording_permission\":\"not asked\",\"deflection\":\"no_deflection\"");
        int transfers = random.Next(3);
        json.Append(",\"transfers\":[");
        for (int t = 0; t < transfers; t++)
        {
            json.Append(CultureInfo.InvariantCulture, $"{(t > 0 ? "," : string.Empty)}{{\"id\":{id * 10 + t},\"transfer_type\":\"agent\",\"status\":\"completed\",\"from_agent\":{{\"id\":1}},\"to_agent\":{{\"id\":2}},\"created_at\":\"{at}\"}}");
        }

        json.Append(CultureInfo.InvariantCulture, $"],\"participants\":[{{\"id\":{id * 10},\"type\":\"end_user\",\"status\":\"finished\",\"connected_at\":\"{at}\",\"ended_at\":\"{at}\"}}]");
        json.Append(CultureInfo.InvariantCulture, $",\"diagnostics\":{{\"sip\":\"{random.Next()}\"}}}}");
        return json.ToString();
    }
}
