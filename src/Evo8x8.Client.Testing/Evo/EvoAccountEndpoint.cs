using System.Text.Json;
using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>
/// Evo Voice's views of the signed-in user and the account: <c>GET /auth/status</c> (the user and roles, or
/// <c>null</c> without credentials), <c>GET /sessions/active</c> and <c>/sessions/my</c> (the user's live sessions:
/// created by the user or with the user as a member), and <c>GET /calls/active</c> (every live voice session's call,
/// Manager or SystemAdministrator only).
/// </summary>
internal sealed class EvoAccountEndpoint(EvoGate gate, EvoSessionStore store, string userName)
{
    public async Task AuthStatusAsync(EmulatorRequest request)
    {
        if (string.IsNullOrEmpty(request.Context.Request.Headers.Authorization))
        {
            await JsonAnswer.WriteRawAsync(request.Context, StatusCodes.Status200OK, "null").ConfigureAwait(false);
            return;
        }

        if (!await gate.AdmitAsync(request).ConfigureAwait(false))
        {
            return;
        }

        bool manager = gate.HasAnyRole(EvoCallControlEndpoint.ManagerRoles);
        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", userName);
            writer.WriteBoolean("isAuthenticated", true);
            writer.WriteString("name", userName);
            writer.WriteString("emailAddress", userName);
            Strings(writer, "roles", gate.Roles);
            Strings(writer, "accountIds", [SessionInfoJson.AccountId]);
            Strings(writer, "accountNames", [SessionInfoJson.AccountName]);
            if (manager)
            {
                writer.WriteString("managerAccess", "ReadWrite");
            }

            Strings(writer, "dashboardPermissions", manager ? ["ViewSessions", "ViewEndpoints", "ViewReports", "ViewCallCenter"] : ["ViewSessions"]);
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    public async Task MySessionsAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request).ConfigureAwait(false))
        {
            return;
        }

        string json = store.Read((sessions, _) => JsonAnswer.Compose(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("sessions");
            foreach (EvoSession session in sessions.Where(IsMine))
            {
                SessionInfoJson.Write(writer, session);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
        await JsonAnswer.WriteRawAsync(request.Context, StatusCodes.Status200OK, json).ConfigureAwait(false);
    }

    public async Task ActiveCallsAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, EvoCallControlEndpoint.ManagerRoles).ConfigureAwait(false))
        {
            return;
        }

        bool ours = request.Query("accountId") is not { Length: > 0 } account || account == SessionInfoJson.AccountId;
        string json = store.Read((sessions, now) => JsonAnswer.Compose(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("calls");
            foreach (EvoSession session in sessions.Where(s => ours && !s.Ended && s.Channel == "Voice"))
            {
                WriteCall(writer, session, now);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
        await JsonAnswer.WriteRawAsync(request.Context, StatusCodes.Status200OK, json).ConfigureAwait(false);
    }

    private bool IsMine(EvoSession session)
        => !session.Ended && (session.CreatedBy == userName || session.Members.Exists(m => m.Identity.Equals(userName, StringComparison.OrdinalIgnoreCase)));

    private static void WriteCall(Utf8JsonWriter writer, EvoSession session, Instant now)
    {
        writer.WriteStartObject();
        writer.WriteString("sid", session.CallSid);
        writer.WriteString("accountSid", SessionInfoJson.AccountId);
        writer.WriteString("dateCreated", SessionInfoJson.Date(session.DateCreated));
        writer.WriteString("dateUpdated", SessionInfoJson.Date(session.DateLastModified));
        writer.WriteString("startTime", SessionInfoJson.Date(session.DateCreated));
        writer.WriteString("direction", session.Direction == "Outgoing" ? "outbound-api" : "inbound");
        writer.WriteNumber("duration", (int)(now - session.DateCreated).TotalSeconds);
        writer.WriteString("from", session.Text("fromPhoneNumber") ?? session.Text("fromAddress"));
        writer.WriteString("to", session.Text("toAddress") ?? session.Text("destination"));
        writer.WriteString("status", session.CallState switch { "Ringing" => "ringing", "Hold" => "on-hold", _ => "in-progress" });
        writer.WriteNumber("price", 0);
        writer.WriteString("priceUnit", "USD");
        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
