using System.Text.Json;
using Evo8x8.Client.AspNetCore.Pipeline;
using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>
/// The checks every chat webhook entry point applies (the mapped endpoint, the endpoint filter, the MVC attribute): size
/// limit (413), signature and optional replay window (401), parse (400), then the de-duplication claim (200 unprocessed
/// for a duplicate). A refusal is logged naming the check that failed, never a secret or an expected signature.
/// </summary>
internal sealed class CcaiChatWebhookReception
{
    private readonly CcaiClaims _claims = new("ccai-chat");

    public async Task<CcaiAdmission<ChatWebhookEvent>> AdmitAsync(HttpContext context)
    {
        IServiceProvider services = context.RequestServices;
        CcaiChatWebhookOptions options = CcaiRequestServices.Options<CcaiChatWebhookOptions>(services);
        ILogger logger = CcaiRequestServices.Logger(services);
        CancellationToken aborted = context.RequestAborted;

        ReadOnlyMemory<byte>? read = await CcaiRequestBody.ReadAsync(context.Request, options.MaxBodyBytes, aborted).ConfigureAwait(false);
        if (read is not { } body)
        {
            logger.LogWarning("CCAI chat webhook refused: body larger than {MaxBodyBytes} bytes.", options.MaxBodyBytes);
            return CcaiAdmission<ChatWebhookEvent>.Answered(new CcaiAnswer(StatusCodes.Status413PayloadTooLarge), logger);
        }

        string? timestamp = context.Request.Headers["X-Signature-Timestamp"];
        ChatWebhookSignatureCheck check = ChatWebhookSignature.Verify(context.Request.Headers["X-Signature"], timestamp, body.Span, options.PrimarySecret, options.SecondarySecret);
        if (check == ChatWebhookSignatureCheck.Valid && options.ReplayWindow is { } window && !CcaiChatDeliveryHeaders.IsWithin(timestamp!, window, CcaiRequestServices.Clock(services).GetCurrentInstant()))
        {
            check = ChatWebhookSignatureCheck.TimestampOutsideWindow;
        }

        if (check != ChatWebhookSignatureCheck.Valid)
        {
            logger.LogWarning("CCAI chat webhook refused 401: {Check}.", check);
            return CcaiAdmission<ChatWebhookEvent>.Answered(new CcaiAnswer(StatusCodes.Status401Unauthorized), logger);
        }

        ChatWebhookEvent chatEvent;
        try
        {
            chatEvent = ChatWebhookParser.Parse(body);
        }
        catch (JsonException ex)
        {
            logger.LogWarning("CCAI chat webhook refused 400: the body is not a JSON object ({Reason}).", ex.Message);
            return CcaiAdmission<ChatWebhookEvent>.Answered(new CcaiAnswer(StatusCodes.Status400BadRequest), logger);
        }

        string id = CcaiChatDeliveryHeaders.DeliveryId(timestamp!, body.Span);
        if (await _claims.TryClaimAsync(_claims.Resolve(services), id, aborted).ConfigureAwait(false) is not { } claim)
        {
            return CcaiAdmission<ChatWebhookEvent>.Answered(CcaiAnswer.Ok, logger);
        }

        return CcaiAdmission<ChatWebhookEvent>.Admitted(
            chatEvent,
            [claim],
            static (http, admitted) => CheckedDelivery.For<CcaiChatWebhookDelivery>(http).Checked = admitted,
            logger,
            $"chat webhook {chatEvent.EventType}");
    }
}
