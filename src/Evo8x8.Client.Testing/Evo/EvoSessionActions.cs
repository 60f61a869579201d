using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>What every operation on one live session does before and after its own change.</summary>
internal sealed class EvoSessionActions(EvoGate gate, EvoSessionStore store)
{
    /// <summary>Reads the fields; answers ServiceStack's 400 when the body is not a JSON object.</summary>
    public static async Task<EvoFields?> FieldsAsync(EmulatorRequest request, string dtoName)
    {
        EvoFields? fields = EvoFields.Read(request);
        if (fields is null)
        {
            await ResponseStatusJson.UnboundAsync(request.Context, dtoName).ConfigureAwait(false);
        }

        return fields;
    }

    /// <summary>
    /// The common shape of an operation on one live session: authenticate, find it, read the fields, refuse an ended
    /// session, check enum fields, then change it under the store's lock; <paramref name="change"/> returns why it
    /// refused, or <see langword="null"/>.
    /// </summary>
    public async Task ActAsync(EmulatorRequest request, string dtoName, bool answerSession, Func<EvoSession, EvoFields, Instant, Refusal?> change)
    {
        if (!await gate.AdmitAsync(request).ConfigureAwait(false)
            || await store.FindAsync(request).ConfigureAwait(false) is not { } session
            || await FieldsAsync(request, dtoName).ConfigureAwait(false) is not { } fields)
        {
            return;
        }

        FieldError? unbound = Unbound(fields);
        if (unbound is not null)
        {
            await ResponseStatusJson.UnboundAsync(request.Context, dtoName, unbound).ConfigureAwait(false);
            return;
        }

        Refusal? refusal = store.Change(session, (s, now) => s.Ended ? new Refusal(null, $"Session '{s.Id}' has ended") : change(s, fields, now));
        if (refusal?.MissingField is { } missing)
        {
            await ResponseStatusJson.MissingAsync(request.Context, missing).ConfigureAwait(false);
        }
        else if (refusal is not null)
        {
            await ResponseStatusJson.RefuseAsync(request.Context, refusal.Reason!).ConfigureAwait(false);
        }
        else if (answerSession)
        {
            await store.WriteAsync(request.Context, session).ConfigureAwait(false);
        }
        else
        {
            request.Context.Response.StatusCode = StatusCodes.Status200OK;
        }
    }

    private static FieldError? Unbound(EvoFields fields)
        => fields.Choice("reason", EvoSession.HoldReasons, "SessionHoldReason", null, out _)
            ?? fields.Choice("holdReason", EvoSession.HoldReasons, "SessionHoldReason", null, out _)
            ?? fields.Choice("callState", EvoSession.CallStates, "SessionCallState", null, out _)
            ?? fields.Choice("queueState", EvoSession.QueueStates, "SessionQueueState", null, out _);

    public static string Chosen(EvoFields fields, string name, IReadOnlyList<string> allowed, string enumName)
    {
        fields.Choice(name, allowed, enumName, null, out string? chosen);
        return chosen!;
    }
}

/// <summary>Why an operation did not change a session: a required field left empty, or a reason in words.</summary>
internal sealed record Refusal(string? MissingField, string? Reason)
{
    public static Refusal Missing(string field) => new(field, null);

    public static Refusal Because(string reason) => new(null, reason);
}
