using System.Globalization;
using System.Net;
using Evo8x8.Client.Testing.Ccai;

namespace Evo8x8.Client.Testing;

/// <summary>
/// CCAI Platform events as they happen, for the chats the emulator runs and for calls: chat webhooks signed as the SDK
/// reads Google's text (HMAC-SHA256 of the timestamp followed by the body, keyed by each secret, standard base64), and
/// external session events with HTTP Basic. Where they go is set like Developer Settings: one webhook URL, one session
/// events endpoint per channel.
/// </summary>
public sealed partial class Evo8x8Emulator
{
    private long _nextCcaiChatId;
    private long _nextCcaiSessionCallId;
    private CcaiEventSender? _ccaiEvents;

    /// <summary>The primary chat webhook secret, as Developer Settings would generate it; configure your receiver with it.</summary>
    public string CcaiWebhookPrimarySecret { get; set; } = "emulator-ccai-webhook-primary";

    /// <summary>The secondary chat webhook secret; <see langword="null"/> (the default) sends <c>X-Signature</c> with <c>primary=</c> only.</summary>
    public string? CcaiWebhookSecondarySecret { get; set; }

    /// <summary>
    /// Developer Settings &gt; Webhooks &gt; URL: where the chats of <see cref="RunCcaiChatAsync"/> post their signed webhooks;
    /// <see langword="null"/> (the default) sends none.
    /// </summary>
    public Uri? CcaiChatWebhookUrl { get; set; }

    /// <summary>
    /// Session Data Export &gt; External Session Events &gt; Chat events: where the chats of <see cref="RunCcaiChatAsync"/> post
    /// their session events; <see langword="null"/> (the default) sends none.
    /// </summary>
    public EmulatedSessionEventsEndpoint? CcaiChatSessionEvents { get; set; }

    private CcaiEventSender CcaiEvents => _ccaiEvents ??= new CcaiEventSender(_webhookClient, Clock);

    /// <summary>
    /// Runs one chat with an end user and posts what the platform would, in the order it happens: the chat's session
    /// events (start, routing to a virtual agent, an agent assigned and active, end, wrap-up) to
    /// <see cref="CcaiChatSessionEvents"/>, and its webhooks (<c>participant_joined</c> for the end user and the agent, a
    /// <c>message_received</c> per message, <c>chat_ended</c>) to <see cref="CcaiChatWebhookUrl"/>, all with one <c>chat_id</c>.
    /// </summary>
    /// <param name="endUserMessages">The end user's messages, in order.</param>
    /// <param name="cancellationToken">Cancels the deliveries.</param>
    /// <returns>The chat, with your receivers' statuses.</returns>
    /// <exception cref="InvalidOperationException">Neither <see cref="CcaiChatWebhookUrl"/> nor <see cref="CcaiChatSessionEvents"/> is set.</exception>
    public async Task<EmulatedCcaiChat> RunCcaiChatAsync(IEnumerable<string> endUserMessages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endUserMessages);
        if (CcaiChatWebhookUrl is null && CcaiChatSessionEvents is null)
        {
            throw new InvalidOperationException("Set CcaiChatWebhookUrl or CcaiChatSessionEvents (as in Developer Settings) before running a chat: it has nowhere to send its events.");
        }

        var chat = new EmulatedCcaiChat(Interlocked.Increment(ref _nextCcaiChatId));
        var script = new CcaiChatScript(CcaiEvents, chat, CcaiChatWebhookUrl, CcaiWebhookPrimarySecret, CcaiWebhookSecondarySecret, CcaiChatSessionEvents);
        await script.RunAsync(endUserMessages, cancellationToken).ConfigureAwait(false);
        return chat;
    }

    /// <summary>
    /// Plays one call's lifecycle (connected, routed, assigned, active, disconnected, dispositions) as external session events to
    /// <paramref name="endpointUrl"/>: one <c>{count, events[]}</c> request per step, each event with a fresh <c>event_id</c>.
    /// </summary>
    /// <param name="endpointUrl">Your calls endpoint.</param>
    /// <param name="userName">The Basic user name configured for call events.</param>
    /// <param name="password">The Basic password configured for call events.</param>
    /// <param name="cancellationToken">Cancels the deliveries.</param>
    /// <returns>Your receiver's HTTP status for each request, in order.</returns>
    public async Task<IReadOnlyList<HttpStatusCode>> SendCcaiCallSessionEventsAsync(Uri endpointUrl, string userName, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpointUrl);
        var endpoint = new EmulatedSessionEventsEndpoint(endpointUrl, userName, password);
        string callId = Interlocked.Increment(ref _nextCcaiSessionCallId).ToString(CultureInfo.InvariantCulture);
        var statuses = new List<HttpStatusCode>();
        foreach (CcaiSessionStep step in CcaiSessionStep.Lifecycle("call_id", callId))
        {
            statuses.Add(await CcaiEvents.PostSessionEventAsync(endpoint, step, cancellationToken).ConfigureAwait(false));
        }

        return statuses;
    }
}
