using System.Text.Json;
using Evo8x8.Client.Testing.Core;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Testing.Voice.Calls;

/// <summary>
/// Composes the webhook bodies 8x8 posts, key by key: the session summary (VSS) exactly in the shape of 8x8's
/// published samples, call status (VCS) and call action (VCA) events with the payload fields of 8x8's guides.
/// </summary>
internal static class VoiceEventJson
{
    private static readonly InstantPattern Timestamp = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'");

    public static string Format(Instant instant) => Timestamp.Format(instant);

    public static string SessionSummary(SessionFacts session, string sessionStatus, Instant endTime, string lastAction, IReadOnlyList<CallLeg> legs, SessionError? error)
        => Envelope("SESSION_SUMMARY", "Summary of a completed call session", writer =>
        {
            writer.WriteString("sessionId", session.SessionId);
            writer.WriteString("subAccountId", session.SubAccountId);
            writer.WriteString("sessionStatus", sessionStatus);
            writer.WriteString("startTime", Format(session.StartTime));
            writer.WriteString("endTime", Format(endTime));
            writer.WriteString("lastAction", lastAction);
            writer.WriteNumber("callCount", legs.Count);
            if (session.ClientRequestId is { } clientRequestId)
            {
                writer.WriteString("clientRequestId", clientRequestId);
            }

            if (session.ClientBatchId is { } clientBatchId)
            {
                writer.WriteString("clientBatchId", clientBatchId);
            }
            if (error is not null)
            {
                writer.WriteStartObject("errorDetails");
                writer.WriteString("errorMsg", error.Message);
                writer.WriteNumber("errorCode", error.Code);
                writer.WriteEndObject();
            }

            writer.WriteStartObject("details");
            foreach (CallLeg leg in legs)
            {
                writer.WriteStartObject(leg.Key);
                writer.WriteString("callId", leg.CallId);
                WriteLegKind(writer);
                writer.WriteString("initiatedTimestamp", Format(leg.Initiated));
                if (leg.Connected is { } connected)
                {
                    writer.WriteString("connectedTimestamp", Format(connected));
                }

                writer.WriteString("disconnectedTimestamp", Format(leg.Disconnected ?? endTime));
                WriteParties(writer, leg);
                writer.WriteString("callStatus", leg.Status ?? sessionStatus);
                writer.WriteNumber("callDuration", leg.DurationSeconds);
                if (leg.Connected is not null)
                {
                    writer.WriteStartObject("callQuality");
                    writer.WriteNumber("mos", 4.5);
                    writer.WriteNumber("packetLossRate", 0);
                    writer.WriteNumber("jitter", 20);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        });

    public static string CallStatus(SessionFacts session, CallLeg leg, string callStatus, int sipCode, Instant at)
        => Envelope("CALL_STATUS", "Call status update", writer =>
        {
            WriteEventFields(writer, session, leg, callStatus, at);
            writer.WriteNumber("sipCode", sipCode);
        });

    public static string CallAction(SessionFacts session, CallLeg leg, string digits, string? clientActionId, Instant at)
        => Envelope("CALL_ACTION", "Call action completed", writer =>
        {
            WriteEventFields(writer, session, leg, "ACTION_COMPLETED", at);
            writer.WriteStartObject("eventData");
            writer.WriteString("dtmf", digits);
            writer.WriteEndObject();
            if (clientActionId is not null)
            {
                writer.WriteString("clientActionId", clientActionId);
            }
        });

    public static string Envelope(string eventType, string description, Action<Utf8JsonWriter> writePayload)
        => JsonAnswer.Compose(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("payload");
            writePayload(writer);
            writer.WriteEndObject();
            writer.WriteString("namespace", "VOICE");
            writer.WriteString("eventType", eventType);
            writer.WriteString("description", description);
            writer.WriteEndObject();
        });

    private static void WriteEventFields(Utf8JsonWriter writer, SessionFacts session, CallLeg leg, string callStatus, Instant at)
    {
        writer.WriteString("eventId", Guid.NewGuid().ToString());
        writer.WriteString("callId", leg.CallId);
        writer.WriteString("sessionId", session.SessionId);
        writer.WriteString("subAccountId", session.SubAccountId);
        writer.WriteString("callStatus", callStatus);
        WriteLegKind(writer);
        WriteParties(writer, leg);
        writer.WriteNull("destinationRefId");
        writer.WriteNumber("callDuration", leg.Connected is { } from ? (long)((leg.Disconnected ?? at) - from).TotalSeconds : 0);
        writer.WriteString("timestamp", Format(at));
    }

    private static void WriteLegKind(Utf8JsonWriter writer)
    {
        writer.WriteString("callDirection", "OUTBOUND");
        writer.WriteString("callType", "PSTN");
    }

    private static void WriteParties(Utf8JsonWriter writer, CallLeg leg)
    {
        writer.WriteString("source", leg.Source);
        writer.WriteString("destination", leg.Destination);
        writer.WriteString("sourceFormat", "MSISDN");
        writer.WriteString("destinationFormat", "MSISDN");
        writer.WriteString("sourceCountryCode", CountryCodes.Of(leg.Source));
        writer.WriteString("destinationCountryCode", CountryCodes.Of(leg.Destination));

        // 8x8's own success sample sends the text "null" here for a call not placed from a virtual number.
        writer.WriteString("sourceRefId", "null");
    }
}

/// <summary>What every event of one session repeats.</summary>
internal sealed record SessionFacts(string SessionId, string SubAccountId, Instant StartTime)
{
    /// <summary>The request's <c>clientRequestId</c>, echoed by the summary.</summary>
    public string? ClientRequestId { get; init; }

    /// <summary>The request's <c>clientBatchId</c>, echoed by the summary.</summary>
    public string? ClientBatchId { get; init; }
}

/// <summary>The session's <c>errorDetails</c>: one of 8x8's session error codes and its message.</summary>
internal sealed record SessionError(int Code, string Message)
{
    public static readonly SessionError InvalidCallflow = new(-2003, "The call flow provided is invalid");

    public static readonly SessionError NoCoverage = new(-2004, "No coverage available for requested area");
}
