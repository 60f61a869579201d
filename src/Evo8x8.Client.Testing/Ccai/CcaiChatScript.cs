using System.Globalization;
using System.Text.Json;

namespace Evo8x8.Client.Testing.Ccai;

/// <summary>
/// One chat as the platform tells of it, in the order it happens: its session events to the chat events endpoint and
/// its signed webhooks to the webhook URL (either may be unset), all with one <c>chat_id</c>, each receiver's status
/// recorded on the chat.
/// </summary>
internal sealed class CcaiChatScript(
    CcaiEventSender sender,
    EmulatedCcaiChat chat,
    Uri? webhookUrl,
    string primarySecret,
    string? secondarySecret,
    EmulatedSessionEventsEndpoint? sessionEvents)
{
    public async Task RunAsync(IEnumerable<string> endUserMessages, CancellationToken cancellationToken)
    {
        IReadOnlyList<CcaiSessionStep> steps = CcaiSessionStep.Lifecycle("chat_id", chat.ChatId.ToString(CultureInfo.InvariantCulture));

        await SessionStepAsync(steps[0], cancellationToken).ConfigureAwait(false);
        await WebhookAsync("participant_joined", writer => WriteSender(writer, 1, "end_user"), cancellationToken).ConfigureAwait(false);
        await SessionStepAsync(steps[1], cancellationToken).ConfigureAwait(false);
        await SessionStepAsync(steps[2], cancellationToken).ConfigureAwait(false);
        await WebhookAsync("participant_joined", writer => WriteSender(writer, 2, "agent"), cancellationToken).ConfigureAwait(false);
        await SessionStepAsync(steps[3], cancellationToken).ConfigureAwait(false);
        foreach (string message in endUserMessages)
        {
            await WebhookAsync("message_received", writer =>
            {
                WriteSender(writer, 1, "end_user");
                writer.WriteStartObject("message");
                writer.WriteString("type", "text");
                writer.WriteString("content", message);
                writer.WriteEndObject();
            }, cancellationToken).ConfigureAwait(false);
        }

        await WebhookAsync("chat_ended", _ => { }, cancellationToken).ConfigureAwait(false);
        await SessionStepAsync(steps[4], cancellationToken).ConfigureAwait(false);
        await SessionStepAsync(steps[5], cancellationToken).ConfigureAwait(false);
    }

    private static void WriteSender(Utf8JsonWriter writer, int id, string type)
    {
        writer.WriteStartObject("sender");
        writer.WriteNumber("id", id);
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }

    private async Task SessionStepAsync(CcaiSessionStep step, CancellationToken cancellationToken)
    {
        if (sessionEvents is { } endpoint)
        {
            chat.AddSessionEventStatus(await sender.PostSessionEventAsync(endpoint, step, cancellationToken).ConfigureAwait(false));
        }
    }

    private async Task WebhookAsync(string eventType, Action<Utf8JsonWriter> writeBody, CancellationToken cancellationToken)
    {
        if (webhookUrl is { } url)
        {
            chat.AddWebhookStatus(await sender.PostChatWebhookAsync(url, primarySecret, secondarySecret, eventType, chat.ChatId, writeBody, cancellationToken).ConfigureAwait(false));
        }
    }
}
