namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary>
/// The chat webhook <c>event_type</c> values the SDK types. Only <c>message_received</c> is named by Google's pages; the
/// others come from a third-party client and are unconfirmed. Any other value arrives as <see cref="UnknownChatWebhookEvent"/>.
/// </summary>
public static class ChatWebhookEventTypes
{
    /// <summary>A message was posted in the chat (documented by Google).</summary>
    public const string MessageReceived = "message_received";

    /// <summary>A participant joined the chat (unconfirmed).</summary>
    public const string ParticipantJoined = "participant_joined";

    /// <summary>A participant left the chat (unconfirmed).</summary>
    public const string ParticipantLeft = "participant_left";

    /// <summary>The chat ended (unconfirmed).</summary>
    public const string ChatEnded = "chat_ended";

    /// <summary>The chat was dismissed (unconfirmed).</summary>
    public const string ChatDismissed = "chat_dismissed";
}
