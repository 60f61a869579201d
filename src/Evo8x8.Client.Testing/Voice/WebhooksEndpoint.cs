using System.Text.Json;
using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>
/// The webhooks API: <c>GET</c>, <c>POST</c> and <c>DELETE /webhooks/{type}</c>, with the bodies of 8x8's OpenAPI
/// examples. Refusals of a create use the documented 422 shape <c>{errorId, statusCode, statusMessage, timestamp}</c>.
/// </summary>
internal sealed class WebhooksEndpoint(VoiceGate gate, WebhookRegistry registry, string subAccountId, IReadOnlyCollection<string>? allowedHosts)
{
    public async Task ListAsync(EmulatorRequest request)
    {
        if (await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false))
        {
            await WriteListAsync(request.Context, registry.All).ConfigureAwait(false);
        }
    }

    public async Task CreateAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false))
        {
            return;
        }

        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(request.Body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            await VoiceGate.InvalidAsync(request, "1001", "Invalid JSON request body", "$").ConfigureAwait(false);
            return;
        }

        if (Read(root, allowedHosts, out string? problem, out string? path) is not { } webhook)
        {
            await VoiceGate.InvalidAsync(request, "1002", problem!, path).ConfigureAwait(false);
            return;
        }

        registry.Put(webhook);
        await WriteListAsync(request.Context, [webhook]).ConfigureAwait(false);
    }

    public async Task DeleteAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false))
        {
            return;
        }

        string type = request.RouteValue("type");
        if (!registry.Remove(type, out RegisteredWebhook? removed) || removed is null)
        {
            await VoiceGate.NotFoundAsync(request, $"Webhook not found for type : {type}", "type", type).ConfigureAwait(false);
            return;
        }

        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("subAccountId", subAccountId);
            WriteFields(writer, removed with { Enabled = false });
            writer.WriteNumber("statusCode", 0);
            writer.WriteString("statusMessage", "deleted");
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static RegisteredWebhook? Read(JsonElement root, IReadOnlyCollection<string>? allowedHosts, out string? problem, out string? path)
    {
        problem = null;
        path = "$";
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "Invalid param: $ must be a JSON object";
            return null;
        }

        string? type = root.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type is null || !WebhookRegistry.Types.Contains(type, StringComparer.Ordinal))
        {
            path = "$.type";
            problem = $"Invalid param: $.type = '{type}' must be one of {string.Join(", ", WebhookRegistry.Types)}";
            return null;
        }

        string? url = root.TryGetProperty("url", out JsonElement u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            path = "$.url";
            problem = $"Invalid param: $.url = '{url}' must be an absolute http or https address";
            return null;
        }

        if (!Evo8x8EmulatorOptions.IsAllowedHost(address.Host, allowedHosts))
        {
            path = "$.url";
            problem = $"Invalid param: $.url = '{url}' must be a loopback address; the emulator posts webhooks to other hosts only when Evo8x8EmulatorOptions.AllowedWebhookHosts (--allowed-webhook-host) names them";
            return null;
        }

        string? authorization = null;
        if (root.TryGetProperty("httpAuthHeader", out JsonElement a) && a.ValueKind != JsonValueKind.Null)
        {
            if (a.ValueKind != JsonValueKind.String)
            {
                path = "$.httpAuthHeader";
                problem = "Invalid param: $.httpAuthHeader must be a string";
                return null;
            }

            authorization = a.GetString();
        }

        bool enabled = true;
        if (root.TryGetProperty("enabled", out JsonElement e) && e.ValueKind != JsonValueKind.Null)
        {
            if (e.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                path = "$.enabled";
                problem = "Invalid param: $.enabled must be a boolean";
                return null;
            }

            enabled = e.GetBoolean();
        }

        return new RegisteredWebhook(type, address, authorization, enabled);
    }

    private Task WriteListAsync(HttpContext context, IReadOnlyList<RegisteredWebhook> webhooks)
        => JsonAnswer.WriteOkListAsync(context, "webhooks", webhooks, WriteFields, writer =>
        {
            writer.WriteString("subAccountId", subAccountId);
            writer.WriteNumber("count", webhooks.Count);
        });

    private static void WriteFields(Utf8JsonWriter writer, RegisteredWebhook webhook)
    {
        writer.WriteString("type", webhook.Type);
        writer.WriteString("url", webhook.Url.ToString());
        writer.WriteBoolean("enabled", webhook.Enabled);
        writer.WriteBoolean("httpAuthHeaderAvailable", !string.IsNullOrEmpty(webhook.Authorization));
    }
}
