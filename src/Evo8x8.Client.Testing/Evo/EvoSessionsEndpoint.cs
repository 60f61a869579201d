using System.Text.Json;
using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>
/// Evo Voice's sessions collection: <c>POST /sessions</c> and <c>GET /sessions/{id}</c> (the seeds; without the log
/// when <see cref="Evo8x8EmulatorOptions.EvoGetStripsLog"/> is set), <c>GET /sessions</c>
/// with every <c>ListSessions</c> parameter (see <see cref="SessionListing"/>), <c>DELETE /sessions/{id}</c>, which ends
/// the session (or, with a member's <c>callSid</c>, that member's leg) and answers it, and, after Evo's CLI, the bulk
/// <c>DELETE /sessions?accountId&amp;startDateTime&amp;endDateTime</c>.
/// </summary>
internal sealed class EvoSessionsEndpoint(EvoGate gate, EvoSessionStore store, string userName, bool getStripsLog)
{
    public async Task CreateAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request).ConfigureAwait(false))
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
            root = default;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            await ResponseStatusJson.UnboundAsync(request.Context, "NewSession").ConfigureAwait(false);
            return;
        }

        FieldError? problem = EvoSession.TryRead(root, Guid.NewGuid().ToString("N"), userName, store.NextCreationStamp(), out EvoSession? session);
        if (problem is not null)
        {
            await ResponseStatusJson.UnboundAsync(request.Context, "NewSession", problem).ConfigureAwait(false);
            return;
        }

        store.Add(session!);
        await store.WriteAsync(request.Context, session!).ConfigureAwait(false);
    }

    public async Task GetAsync(EmulatorRequest request)
    {
        if (await gate.AdmitAsync(request).ConfigureAwait(false) && await store.FindAsync(request).ConfigureAwait(false) is { } session)
        {
            await store.WriteAsync(request.Context, session, withLog: !getStripsLog).ConfigureAwait(false);
        }
    }

    public async Task EndAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request).ConfigureAwait(false) || await store.FindAsync(request).ConfigureAwait(false) is not { } session)
        {
            return;
        }

        string? callSid = request.Query("callSid");
        store.Change(session, (s, now) =>
        {
            EvoMember? leg = string.IsNullOrEmpty(callSid) || callSid == s.CallSid ? null : s.Members.Find(m => m.CallSid == callSid);
            if (leg is not null)
            {
                s.Members.Remove(leg);
                s.Note(now, $"Call {callSid} ended");
            }
            else
            {
                s.End(now, "Session ended");
            }

            return 0;
        });

        await store.WriteAsync(request.Context, session).ConfigureAwait(false);
    }

    public async Task ListAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request).ConfigureAwait(false))
        {
            return;
        }

        if (!SessionListing.TryRead(request, out SessionListing? listing, out string? problem))
        {
            await ResponseStatusJson.RefuseAsync(request.Context, problem!).ConfigureAwait(false);
            return;
        }

        string json = store.Read((sessions, now) => JsonAnswer.Compose(writer => listing!.Write(writer, sessions, now)));
        await JsonAnswer.WriteRawAsync(request.Context, StatusCodes.Status200OK, json).ConfigureAwait(false);
    }

    public async Task DeleteRangeAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request).ConfigureAwait(false))
        {
            return;
        }

        string? accountId = request.Query("accountId");
        ParseResult<Instant> start = InstantPattern.ExtendedIso.Parse(request.Query("startDateTime") ?? string.Empty);
        ParseResult<Instant> end = InstantPattern.ExtendedIso.Parse(request.Query("endDateTime") ?? string.Empty);
        if (string.IsNullOrEmpty(accountId) || !start.Success || !end.Success)
        {
            await ResponseStatusJson.RefuseAsync(request.Context, "accountId, startDateTime and endDateTime (ISO 8601) are all needed").ConfigureAwait(false);
            return;
        }

        store.RemoveAll(s => accountId == SessionInfoJson.AccountId && s.DateCreated >= start.Value && s.DateCreated <= end.Value);
        request.Context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
