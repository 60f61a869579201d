using System.Text.Json;
using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;
using NodaTime.Text;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>
/// <c>GET …/recordings/{sessionId}</c> and <c>GET</c>, <c>POST</c>, <c>DELETE …/recording-push-config</c>, with the
/// bodies of 8x8's call-recordings page. A session 8x8 never accepted is 404; a session without a recording has an
/// empty list; the push configuration's password is never answered, only <c>passwordSet</c>.
/// </summary>
internal sealed class RecordingsEndpoint(VoiceGate gate, RecordingStore store, string subAccountId)
{
    // The call-recordings page names S3 and SFTP; the OpenAPI example sends ftp (API-NOTES-2 §1.2).
    private static readonly string[] Protocols = ["S3", "SFTP", "FTP"];

    public async Task GetStatusAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false))
        {
            return;
        }

        string sessionId = request.RouteValue("sessionId");
        if (!store.KnowsSession(sessionId))
        {
            await VoiceGate.NotFoundAsync(request, $"Session not found by Id : {sessionId}", "sessionId", sessionId).ConfigureAwait(false);
            return;
        }

        EmulatedRecording[] recordings = store.Of(sessionId) is { } recording ? [recording] : [];
        await JsonAnswer.WriteOkListAsync(request.Context, "recordings", recordings, (writer, recording) =>
        {
            writer.WriteString("recordingId", recording.RecordingId);
            writer.WriteString("sessionId", recording.SessionId);
            writer.WriteString("subAccountId", subAccountId);
            writer.WriteString("status", "UPLOAD_COMPLETED");
            writer.WriteString("externalFileUrl", recording.ExternalFileUrl);
            writer.WriteNumber("duration", (long)recording.Length.TotalSeconds);
            writer.WriteString("startRecordingTime", InstantPattern.ExtendedIso.Format(recording.Started));
        }).ConfigureAwait(false);
    }

    public async Task GetConfigAsync(EmulatorRequest request)
    {
        if (await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false) && await ConfiguredAsync(request).ConfigureAwait(false) is { } config)
        {
            await WriteConfigAsync(request.Context, config, deleted: false).ConfigureAwait(false);
        }
    }

    public async Task DeleteConfigAsync(EmulatorRequest request)
    {
        if (await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false) && await ConfiguredAsync(request).ConfigureAwait(false) is { } config)
        {
            store.Configure(null);
            await WriteConfigAsync(request.Context, config, deleted: true).ConfigureAwait(false);
        }
    }

    public async Task CreateConfigAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false))
        {
            return;
        }

        if (!JsonBody.TryReadObject(request.Body, out JsonElement root, out string? problem))
        {
            await VoiceGate.InvalidAsync(request, "1001", problem!, "$").ConfigureAwait(false);
            return;
        }

        if (Read(root, out string? field, out string? why) is not { } config)
        {
            await VoiceGate.InvalidAsync(request, "1002", $"Invalid param: {field} ($.{field} {why})", $"$.{field}").ConfigureAwait(false);
            return;
        }

        store.Configure(config);
        await WriteConfigAsync(request.Context, config, deleted: false).ConfigureAwait(false);
    }

    private static PushConfig? Read(JsonElement root, out string? field, out string? why)
    {
        (field, why) = (null, null);
        string? protocol = JsonBody.Text(root, "protocol");
        if (protocol is null || !Protocols.Contains(protocol, StringComparer.OrdinalIgnoreCase))
        {
            (field, why) = ("protocol", $"= '{protocol}' must be S3, SFTP or ftp");
            return null;
        }

        int port = 0;
        if (!root.TryGetProperty("port", out JsonElement p) || p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out port) || port is < 1 or > 65535)
        {
            (field, why) = ("port", "must be an integer from 1 to 65535");
            return null;
        }

        foreach (string name in (string[])["host", "username", "password", "path"])
        {
            if (string.IsNullOrWhiteSpace(JsonBody.Text(root, name)))
            {
                (field, why) = (name, "is missing but it is required");
                return null;
            }
        }

        return new PushConfig(protocol, JsonBody.Text(root, "host")!, port, JsonBody.Text(root, "username")!, PasswordSet: true, JsonBody.Text(root, "path")!);
    }

    private async Task<PushConfig?> ConfiguredAsync(EmulatorRequest request)
    {
        if (store.Config is { } config)
        {
            return config;
        }

        await VoiceGate.NotFoundAsync(request, $"Recording push config not found for subaccount : {subAccountId}", "subAccountId", subAccountId).ConfigureAwait(false);
        return null;
    }

    private Task WriteConfigAsync(HttpContext context, PushConfig config, bool deleted)
        => JsonAnswer.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            if (deleted)
            {
                writer.WriteBoolean("delete", true);
            }

            writer.WriteString("subAccountId", subAccountId);
            writer.WriteString("protocol", config.Protocol);
            writer.WriteString("host", config.Host);
            writer.WriteNumber("port", config.Port);
            writer.WriteString("username", config.Username);
            writer.WriteBoolean("passwordSet", config.PasswordSet);
            writer.WriteString("path", config.Path);
            writer.WriteNumber("statusCode", 0);
            writer.WriteString("statusMessage", deleted ? "deleted" : "ok");
            writer.WriteEndObject();
        });
}
