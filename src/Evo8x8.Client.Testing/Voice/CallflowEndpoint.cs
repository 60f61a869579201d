using Evo8x8.Client.Testing.Core;
using Evo8x8.Client.Testing.Voice.Calls;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>
/// <c>POST /callflows</c>: authenticates, inspects the raw flow, answers CREATED (or 8x8's refusal), and only then,
/// once the answer has gone out, starts the call simulation.
/// </summary>
internal sealed class CallflowEndpoint(VoiceGate gate, Func<CallflowInspector> inspector, CallSimulator simulator, IClock clock)
{
    public async Task SendAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: true).ConfigureAwait(false))
        {
            return;
        }

        CallflowRefusal? refusal = inspector().Inspect(request.Body, isReply: false, out InspectedCallflow? flow);
        if (refusal is not null)
        {
            request.Refused(refusal.HttpStatus, refusal.StatusCode, refusal.Message, refusal.Path, refusal.Value);
            await VoiceGate.RefuseAsync(request.Context, refusal.HttpStatus, refusal.Message, callflowShape: true, refusal.StatusCode).ConfigureAwait(false);
            return;
        }

        string sessionId = Guid.NewGuid().ToString();
        request.Context.Items[EmulatorPipeline.SessionIdItem] = sessionId;
        Instant acceptedAt = Instant.FromUnixTimeSeconds(clock.GetCurrentInstant().ToUnixTimeSeconds());
        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("sessionId", sessionId);
            writer.WriteString("sessionStatus", "CREATED");
            writer.WriteString("callFlowRequestId", Guid.NewGuid().ToString());
            if (flow!.ValidUntil is { } validUntil)
            {
                writer.WriteString("validUntil", validUntil);
            }

            writer.WriteNumber("statusCode", 1);
            writer.WriteString("statusMessage", "Created");
            writer.WriteEndObject();
        }).ConfigureAwait(false);
        await request.Context.Response.CompleteAsync().ConfigureAwait(false);
        simulator.Start(sessionId, flow!, acceptedAt);
    }
}
