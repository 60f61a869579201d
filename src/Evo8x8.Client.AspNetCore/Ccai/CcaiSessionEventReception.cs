using Evo8x8.Client.AspNetCore.Pipeline;
using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>
/// The checks every external session event entry point of one channel applies: HTTP Basic (401, before the body is read),
/// size limit (413), the <c>{count, events[]}</c> envelope (400), then a claim per <c>event_id</c>: events already handled
/// are left out, and a request whose events were all handled is answered 200 unprocessed.
/// </summary>
internal sealed class CcaiSessionEventReception(SessionEventChannel channel)
{
    private readonly CcaiClaims _claims = new(channel == SessionEventChannel.Calls ? "ccai-session-calls" : "ccai-session-chats");

    public async Task<CcaiAdmission<IReadOnlyList<SessionEvent>>> AdmitAsync(HttpContext context)
    {
        IServiceProvider services = context.RequestServices;
        CcaiSessionEventOptions options = CcaiRequestServices.Options<CcaiSessionEventOptions>(services);
        ILogger logger = CcaiRequestServices.Logger(services);
        CancellationToken aborted = context.RequestAborted;

        (string? user, string? password) = channel == SessionEventChannel.Calls
            ? (options.CallsUserName, options.CallsPassword)
            : (options.ChatsUserName, options.ChatsPassword);
        if (CcaiBasicCredentials.Check(context.Request.Headers.Authorization, user, password) is { } failed)
        {
            logger.LogWarning("CCAI {Channel} session events refused 401: {Check}.", channel, failed);
            return Answered(new CcaiAnswer(StatusCodes.Status401Unauthorized, basicRealm: "ccai-session-events"), logger);
        }

        ReadOnlyMemory<byte>? read = await CcaiRequestBody.ReadAsync(context.Request, options.MaxBodyBytes, aborted).ConfigureAwait(false);
        if (read is not { } body)
        {
            logger.LogWarning("CCAI {Channel} session events refused 413: body larger than {MaxBodyBytes} bytes.", channel, options.MaxBodyBytes);
            return Answered(new CcaiAnswer(StatusCodes.Status413PayloadTooLarge), logger);
        }

        IReadOnlyList<SessionEvent> events;
        try
        {
            events = SessionEventParser.Parse(body);
        }
        catch (System.Text.Json.JsonException ex)
        {
            logger.LogWarning("CCAI {Channel} session events refused 400: {Reason}", channel, ex.Message);
            return Answered(new CcaiAnswer(StatusCodes.Status400BadRequest), logger);
        }

        var fresh = new List<SessionEvent>(events.Count);
        var claims = new List<CcaiClaims.Claim>(events.Count);
        CcaiClaims.Stores stores = _claims.Resolve(services);
        foreach (SessionEvent sessionEvent in events)
        {
            // An event without an id cannot be recognised again: it runs every time it comes.
            CcaiClaims.Claim? claim = sessionEvent.EventId is { Length: > 0 } id
                ? await _claims.TryClaimAsync(stores, id, aborted).ConfigureAwait(false)
                : CcaiClaims.Claim.None;
            if (claim is not null)
            {
                fresh.Add(sessionEvent);
                claims.Add(claim);
            }
        }

        if (fresh.Count == 0)
        {
            return Answered(CcaiAnswer.Ok, logger);
        }

        return CcaiAdmission<IReadOnlyList<SessionEvent>>.Admitted(
            fresh,
            claims,
            (http, admitted) => CheckedDelivery.For<CcaiSessionEventDelivery>(http).Accept(channel, admitted),
            logger,
            $"{channel} session events {string.Join(", ", fresh.Select(e => e.EventId))}");
    }

    private static CcaiAdmission<IReadOnlyList<SessionEvent>> Answered(CcaiAnswer answer, ILogger logger)
        => CcaiAdmission<IReadOnlyList<SessionEvent>>.Answered(answer, logger);
}
