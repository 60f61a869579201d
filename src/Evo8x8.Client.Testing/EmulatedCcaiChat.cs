using System.Net;

namespace Evo8x8.Client.Testing;

/// <summary>
/// A CCAI Platform chat the emulator ran (<see cref="Evo8x8Emulator.RunCcaiChatAsync"/>), and what your receivers answered
/// to its chat webhooks and chat session events, which all carry its <see cref="ChatId"/>.
/// </summary>
public sealed class EmulatedCcaiChat
{
    private readonly List<HttpStatusCode> _webhookStatuses = [];
    private readonly List<HttpStatusCode> _sessionEventStatuses = [];

    internal EmulatedCcaiChat(long chatId) => ChatId = chatId;

    /// <summary>The chat's id (<c>chat_id</c> in the webhooks and in the session events' <c>item</c>).</summary>
    public long ChatId { get; }

    /// <summary>Your webhook receiver's status for each chat webhook, in order; empty when no webhook URL was set.</summary>
    public IReadOnlyList<HttpStatusCode> WebhookStatuses => _webhookStatuses;

    /// <summary>Your chats endpoint's status for each session event request, in order; empty when no endpoint was set.</summary>
    public IReadOnlyList<HttpStatusCode> SessionEventStatuses => _sessionEventStatuses;

    internal void AddWebhookStatus(HttpStatusCode status) => _webhookStatuses.Add(status);

    internal void AddSessionEventStatus(HttpStatusCode status) => _sessionEventStatuses.Add(status);
}
