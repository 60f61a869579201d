using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Testing.Ccai;

/// <summary>
/// The CCAI Platform Apps API operations the SDK covers: HTTP Basic (subdomain and API token), <c>POST /calls</c> for
/// the three API call types with the documented 400 <c>{"message"}</c> refusals, customer flags, and chat media (none
/// exists, so 404). Calls are numbered from 1; their JSON is composed key by key.
/// </summary>
internal sealed class CcaiAppsEndpoint(Evo8x8EmulatorOptions options, IClock clock)
{
    private readonly ConcurrentDictionary<long, Dictionary<string, bool>> _flags = new();
    private long _nextCallId;

    public async Task CreateCallAsync(EmulatorRequest request)
    {
        if (!await AdmitAsync(request).ConfigureAwait(false))
        {
            return;
        }

        JsonElement body;
        try
        {
            body = JsonDocument.Parse(request.Body).RootElement;
        }
        catch (JsonException)
        {
            await RefuseAsync(request, StatusCodes.Status400BadRequest, "The body is not JSON").ConfigureAwait(false);
            return;
        }

        string? type = Text(body, "call_type");
        string? problem = type switch
        {
            "Voice Outbound (API)" or "OutboundCall" => Text(body, "agent_email") is null ? "Agent email required" : null,
            "Voice Inbound (API)" or "IncomingCall" => !body.TryGetProperty("menu_id", out _) ? "menu_id is required"
                : Text(body, "end_user_number") is null ? "param is missing or the value is empty: end_user_number" : null,
            "Voice Scheduled (API)" => Text(body, "end_user_number") is null ? "param is missing or the value is empty: end_user_number"
                : Text(body, "scheduled_at") is { } at && !InstantPattern.ExtendedIso.Parse(at).Success ? "scheduled_at is not well-formed" : null,
            _ => "Invalid call type",
        };
        if (problem is not null)
        {
            await RefuseAsync(request, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        long id = Interlocked.Increment(ref _nextCallId);
        bool outbound = type is "Voice Outbound (API)" or "OutboundCall";
        string now = OffsetDateTimePattern.ExtendedIso.Format(clock.GetCurrentInstant().WithOffset(Offset.Zero));
        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status201Created, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", id);
            writer.WriteString("lang", Text(body, "lang") ?? "en");
            // The platform reports scheduled calls as inbound and queued, as Google's page shows.
            writer.WriteString("call_type", outbound ? "Voice Outbound (API)" : "Voice Inbound (API)");
            writer.WriteString("status", outbound ? "assigned" : "queued");
            writer.WriteString("created_at", now);
            writer.WriteString("recording_permission", "not_asked");
            if (Text(body, "outbound_number") is { } number)
            {
                writer.WriteString("outbound_number", number);
            }

            writer.WriteString("answer_type", "manual");
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    public async Task GetFlagsAsync(EmulatorRequest request)
    {
        if (await AdmitAsync(request).ConfigureAwait(false) && await FindCallAsync(request).ConfigureAwait(false) is { } id)
        {
            Dictionary<string, bool> flags = _flags.GetOrAdd(id, _ => []);
            await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, writer =>
            {
                writer.WriteStartObject();
                lock (flags)
                {
                    writer.WriteBoolean("verified_customer", flags.GetValueOrDefault("verified_customer"));
                    writer.WriteBoolean("bad_actor", flags.GetValueOrDefault("bad_actor"));
                    writer.WriteBoolean("repeat_customer", flags.GetValueOrDefault("repeat_customers"));
                }

                writer.WriteEndObject();
            }).ConfigureAwait(false);
        }
    }

    public async Task UpdateFlagsAsync(EmulatorRequest request)
    {
        if (!await AdmitAsync(request).ConfigureAwait(false) || await FindCallAsync(request).ConfigureAwait(false) is not { } id)
        {
            return;
        }

        Dictionary<string, bool> flags = _flags.GetOrAdd(id, _ => []);
        using JsonDocument body = JsonDocument.Parse(string.IsNullOrWhiteSpace(request.Body) ? "{}" : request.Body);
        lock (flags)
        {
            foreach (JsonProperty flag in body.RootElement.EnumerateObject().Where(p => p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False))
            {
                flags[flag.Name] = flag.Value.GetBoolean();
            }
        }

        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("status", 0);
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    public async Task GetChatMediaAsync(EmulatorRequest request)
    {
        if (await AdmitAsync(request).ConfigureAwait(false))
        {
            await RefuseAsync(request, StatusCodes.Status404NotFound, "Not Found").ConfigureAwait(false);
        }
    }

    private async Task<long?> FindCallAsync(EmulatorRequest request)
    {
        if (long.TryParse(request.RouteValue("id"), NumberStyles.None, CultureInfo.InvariantCulture, out long id) && id >= 1 && id <= Interlocked.Read(ref _nextCallId))
        {
            return id;
        }

        await RefuseAsync(request, StatusCodes.Status404NotFound, "Not Found").ConfigureAwait(false);
        return null;
    }

    private async Task<bool> AdmitAsync(EmulatorRequest request)
    {
        string header = request.Context.Request.Headers.Authorization.ToString();
        byte[] expected = Encoding.UTF8.GetBytes($"{options.CcaiSubdomain}:{options.CcaiApiToken}");
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) && TryDecode(header[6..].Trim()) is { } given
            && CryptographicOperations.FixedTimeEquals(given, expected))
        {
            return true;
        }

        await RefuseAsync(request, StatusCodes.Status401Unauthorized, "Unauthorized").ConfigureAwait(false);
        return false;
    }

    private static byte[]? TryDecode(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static Task RefuseAsync(EmulatorRequest request, int status, string message)
        => JsonAnswer.WriteAsync(request.Context, status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
        });

    private static string? Text(JsonElement body, string name)
        => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
