using System.Text.Json;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary><c>message_received</c>: a message in the chat, from <c>body.sender</c> with the content of <c>body.message</c>.</summary>
public sealed class ChatMessageReceivedEvent : ChatWebhookEvent
{
    internal ChatMessageReceivedEvent(JsonElement json)
        : base(json)
    {
        JsonElement body = json.TryGetProperty("body", out JsonElement b) ? b : default;
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("sender", out JsonElement sender) && sender.ValueKind == JsonValueKind.Object)
        {
            SenderId = WebhookJsonText.Of(sender, "id");
            SenderType = WebhookJsonText.Of(sender, "type");
        }

        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("message", out JsonElement message) && message.ValueKind == JsonValueKind.Object)
        {
            MessageType = WebhookJsonText.Of(message, "type");
            Content = WebhookJsonText.Of(message, "content");
        }

        MediaId = WebhookJsonText.Of(body, "media_id") ?? (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("message", out JsonElement m) ? WebhookJsonText.Of(m, "media_id") : null) ?? WebhookJsonText.Of(json, "media_id");
    }

    /// <summary>Who sent it (<c>body.sender.id</c>), as text.</summary>
    public string? SenderId { get; }

    /// <summary>What sent it (<c>body.sender.type</c>): <c>agent</c>, <c>virtual_agent</c> or <c>end_user</c> as seen so far.</summary>
    public string? SenderType { get; }

    /// <summary>The message's kind (<c>body.message.type</c>), for example <c>text</c> or <c>markdown</c>.</summary>
    public string? MessageType { get; }

    /// <summary>The message text (<c>body.message.content</c>).</summary>
    public string? Content { get; }

    /// <summary>The id of an attached file (<c>media_id</c>), looked for in <c>body</c>, <c>body.message</c> and the root, as its place is undocumented.</summary>
    public string? MediaId { get; }
}
