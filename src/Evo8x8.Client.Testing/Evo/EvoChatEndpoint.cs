using System.Globalization;
using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>
/// Evo Voice's chat operations: invite and remove members, send a message, read the transcript. Members and messages
/// need a chat session; removing someone who is not a member is 404.
/// </summary>
internal sealed class EvoChatEndpoint(EvoGate gate, EvoSessionStore store, EvoSessionActions actions, string userName)
{
    public Task InviteMemberAsync(EmulatorRequest request) => actions.ActAsync(request, "InviteChatMember", answerSession: true, (session, fields, now) =>
    {
        if (fields.Text("memberToAdd") is not { } member)
        {
            return Refusal.Missing("MemberToAdd");
        }

        if (session.Channel != "Chat")
        {
            return Refusal.Because($"Session '{session.Id}' is not a chat");
        }

        if (!session.Members.Exists(m => m.Identity.Equals(member, StringComparison.OrdinalIgnoreCase)))
        {
            session.Members.Add(new EvoMember(member, "Agent", isOriginal: false) { CallState = "Connected" });
            session.Note(now, $"{member} invited by {userName}");
        }

        return null;
    });

    public async Task DeleteMemberAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request).ConfigureAwait(false) || await store.FindAsync(request).ConfigureAwait(false) is not { } session)
        {
            return;
        }

        string member = request.Query("memberToRemove") is { Length: > 0 } named ? named : request.RouteValue("memberId");
        bool removed = store.Change(session, (s, now) =>
        {
            int count = s.Members.RemoveAll(m => m.Identity.Equals(member, StringComparison.OrdinalIgnoreCase));
            if (count > 0)
            {
                s.Note(now, $"{member} removed by {userName}");
            }

            return count > 0;
        });

        if (removed)
        {
            await store.WriteAsync(request.Context, session).ConfigureAwait(false);
        }
        else
        {
            await ResponseStatusJson.WriteAsync(request.Context, StatusCodes.Status404NotFound, "NotFound", $"'{member}' is not a member of session '{session.Id}'").ConfigureAwait(false);
        }
    }

    public async Task SendMessageAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request).ConfigureAwait(false)
            || await store.FindAsync(request).ConfigureAwait(false) is not { } session
            || await EvoSessionActions.FieldsAsync(request, "SendMessage").ConfigureAwait(false) is not { } fields)
        {
            return;
        }

        if (fields.Text("body") is not { } text)
        {
            await ResponseStatusJson.MissingAsync(request.Context, "Body").ConfigureAwait(false);
            return;
        }

        if (session.Channel != "Chat")
        {
            await ResponseStatusJson.RefuseAsync(request.Context, $"Session '{session.Id}' is not a chat").ConfigureAwait(false);
            return;
        }

        string json = store.Change(session, (s, now) =>
        {
            var message = new EvoMessage(
                string.Create(CultureInfo.InvariantCulture, $"{s.Id}-m{s.Messages.Count + 1}"), now, "Outgoing", userName, s.Text("toAddress") ?? string.Empty, text);
            s.Messages.Add(message);
            s.Note(now, $"Message from {userName}");
            return JsonAnswer.Compose(writer => SessionInfoJson.WriteMessage(writer, s, message));
        });
        await JsonAnswer.WriteRawAsync(request.Context, StatusCodes.Status200OK, json).ConfigureAwait(false);
    }

    public async Task TranscriptAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request).ConfigureAwait(false) || await store.FindAsync(request).ConfigureAwait(false) is not { } session)
        {
            return;
        }

        string json = store.Change(session, (s, _) => JsonAnswer.Compose(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("messages");
            foreach (EvoMessage message in s.Messages)
            {
                writer.WriteStartObject();
                writer.WriteString("date", SessionInfoJson.Date(message.Date));
                writer.WriteString("from", message.Sender);
                writer.WriteString("body", message.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
        await JsonAnswer.WriteRawAsync(request.Context, StatusCodes.Status200OK, json).ConfigureAwait(false);
    }
}
