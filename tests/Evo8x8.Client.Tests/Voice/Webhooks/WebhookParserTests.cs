using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Webhooks;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

public sealed partial class WebhookParserTests
{
    public enum Input
    {
        Text,
        Utf8Bytes,
        Stream,
        UnseekableStream,
    }

    public static TheoryData<Input> Inputs => [Input.Text, Input.Utf8Bytes, Input.Stream, Input.UnseekableStream];

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_SeedSessionSummarySuccess_ReadsEveryField(Input input)
    {
        WebhookEvent parsed = await ParseFixtureAsync("seed-000-vss-success.json", input);

        SessionSummaryEvent summary = Assert.IsType<SessionSummaryEvent>(parsed);
        Assert.Equal("VOICE", summary.Namespace);
        Assert.Equal(WebhookEventType.SessionSummary, summary.EventType);
        Assert.Equal("Summary of a completed call session", summary.Description);
        SessionSummaryPayload payload = summary.Payload;
        Assert.Equal("1f048a84-ea6d-11ee-911b-078f7290bf52", payload.SessionId);
        Assert.Equal("8x8_test", payload.SubAccountId);
        Assert.Equal(VoiceSessionStatus.Completed, payload.SessionStatus);
        Assert.Equal(At("2024-03-25T06:01:30Z"), payload.StartTime);
        Assert.Equal(At("2024-03-25T06:01:50Z"), payload.EndTime);
        Assert.Equal("MAKE_CALL", payload.LastAction);
        Assert.Equal(1, payload.CallCount);
        Assert.Null(payload.ErrorDetails);

        CallLeg leg = Assert.Single(payload.Legs);
        Assert.Equal("CallA", leg.Name);
        Assert.Same(leg, payload.Legs["callA"]);
        Assert.Equal("1f048a83-ea6d-11ee-911b-e9023a97c284", leg.CallId);
        Assert.Equal(CallDirection.Outbound, leg.CallDirection);
        Assert.Equal(CallType.Pstn, leg.CallType);
        Assert.Equal(At("2024-03-25T06:01:28Z"), leg.InitiatedTimestamp);
        Assert.Equal(At("2024-03-25T06:01:37Z"), leg.ConnectedTimestamp);
        Assert.Equal(At("2024-03-25T06:01:50Z"), leg.DisconnectedTimestamp);
        Assert.Equal("+12314377870", leg.Source);
        Assert.Equal("+6568332048", leg.Destination);
        Assert.Equal("MSISDN", leg.SourceFormat);
        Assert.Equal("MSISDN", leg.DestinationFormat);
        Assert.Equal("US", leg.SourceCountryCode);
        Assert.Equal("SG", leg.DestinationCountryCode);
        Assert.Null(leg.SourceRefId);
        Assert.Equal(CallStatus.Completed, leg.CallStatus);
        Assert.Equal(Duration.FromSeconds(13), leg.CallDuration);
        Assert.Equal(new CallQuality { Mos = 4.5, PacketLossRate = 0, Jitter = 20 }, leg.CallQuality);
        Assert.Equal("SESSION_SUMMARY:1f048a84-ea6d-11ee-911b-078f7290bf52", summary.DeduplicationKey);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_SeedSessionSummaryFailure_ReadsEveryField(Input input)
    {
        WebhookEvent parsed = await ParseFixtureAsync("seed-000-vss-failure.json", input);

        SessionSummaryEvent summary = Assert.IsType<SessionSummaryEvent>(parsed);
        Assert.Equal("VOICE", summary.Namespace);
        Assert.Equal(WebhookEventType.SessionSummary, summary.EventType);
        Assert.Equal("Summary of a completed call session", summary.Description);
        SessionSummaryPayload payload = summary.Payload;
        Assert.Equal("47f19e66-2163-11ee-8ccd-27b543a164ea", payload.SessionId);
        Assert.Equal("8x8_test", payload.SubAccountId);
        Assert.Equal(VoiceSessionStatus.Error, payload.SessionStatus);
        Assert.Equal(At("2024-07-13T09:54:38Z"), payload.StartTime);
        Assert.Equal(At("2024-07-13T09:54:38Z"), payload.EndTime);
        Assert.Equal("MAKE_CALL", payload.LastAction);
        Assert.Equal(1, payload.CallCount);

        // The seed pairs the "No coverage" message with -2005 (the table's TTS code): both are kept as sent.
        SessionErrorDetails error = Assert.IsType<SessionErrorDetails>(payload.ErrorDetails);
        Assert.Equal("No coverage available for requested area", error.ErrorMessage);
        Assert.Equal(VoiceSessionErrorCode.TextToSpeechFailed, error.ErrorCode);
        Assert.Equal(-2005, error.ErrorCode?.Number);
        Assert.Equal("-2005", error.ErrorCode?.Text);
        Assert.Equal("Unable to synthesize text to speech", error.ErrorCode?.Description);

        CallLeg leg = Assert.Single(payload.Legs);
        Assert.Equal("callA", leg.Name);
        Assert.Same(leg, payload.Legs["CallA"]);
        Assert.Equal("4809bb03-2163-11ee-8f06-8da8b5ddeca4", leg.CallId);
        Assert.Equal(CallDirection.Outbound, leg.CallDirection);
        Assert.Equal(CallType.Pstn, leg.CallType);
        Assert.Equal(At("2023-07-13T09:54:38Z"), leg.InitiatedTimestamp);
        Assert.Null(leg.ConnectedTimestamp);
        Assert.Equal(At("2023-07-13T09:54:38Z"), leg.DisconnectedTimestamp);
        Assert.Equal("+6568332048", leg.Source);
        Assert.Equal("+6591178965", leg.Destination);
        Assert.Equal("MSISDN", leg.SourceFormat);
        Assert.Equal("MSISDN", leg.DestinationFormat);
        Assert.Equal("SG", leg.SourceCountryCode);
        Assert.Equal("SG", leg.DestinationCountryCode);
        Assert.Equal("PSTN1", leg.SourceRefId);
        Assert.Equal(CallStatus.Error, leg.CallStatus);
        Assert.Equal(Duration.Zero, leg.CallDuration);
        Assert.Null(leg.CallQuality);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_CallActionWithEventData_ReadsEveryField(Input input)
    {
        WebhookEvent parsed = await ParseFixtureAsync("vca-dtmf-in-event-data.json", input);

        CallActionEvent action = Assert.IsType<CallActionEvent>(parsed);
        Assert.Equal("VOICE", action.Namespace);
        Assert.Equal(WebhookEventType.CallAction, action.EventType);
        Assert.Equal("Action completed for the call", action.Description);
        CallEventPayload payload = action.Payload;
        Assert.Equal("9b0c7a2e-3f51-11ef-9e5c-3b1f0c0f6a10", payload.EventId);
        Assert.Equal("7c3e2a10-3f51-11ef-8a11-55d2a4b0c9e1", payload.CallId);
        Assert.Equal("7c3e1f22-3f51-11ef-8a11-1b2c3d4e5f60", payload.SessionId);
        Assert.Equal("8x8_test", payload.SubAccountId);
        Assert.Equal(CallStatus.ActionCompleted, payload.CallStatus);
        Assert.Equal(CallDirection.Inbound, payload.CallDirection);
        Assert.Equal(CallType.Pstn, payload.CallType);
        Assert.Equal("+6591178965", payload.Source);
        Assert.Equal("+6568332048", payload.Destination);
        Assert.Equal("MSISDN", payload.SourceFormat);
        Assert.Equal("MSISDN", payload.DestinationFormat);
        Assert.Equal("SG", payload.SourceCountryCode);
        Assert.Equal("SG", payload.DestinationCountryCode);
        Assert.Null(payload.SourceRefId);
        Assert.Equal("VN-0042", payload.DestinationRefId);
        Assert.Equal(Duration.FromSeconds(21), payload.CallDuration);
        Assert.Equal("2", payload.EventData?.Dtmf);
        Assert.Equal("2", payload.Dtmf);
        Assert.Equal(200, payload.SipCode);
        Assert.Equal(At("2024-07-08T10:15:42.123Z"), payload.Timestamp);
        Assert.Equal("main-menu", payload.ClientActionId);
        Assert.Equal("CALL_ACTION:9b0c7a2e-3f51-11ef-9e5c-3b1f0c0f6a10", action.DeduplicationKey);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_CallStatusConnected_ReadsEveryField(Input input)
    {
        WebhookEvent parsed = await ParseFixtureAsync("vcs-call-connected.json", input);

        CallStatusEvent status = Assert.IsType<CallStatusEvent>(parsed);
        Assert.Equal("VOICE", status.Namespace);
        Assert.Equal(WebhookEventType.CallStatus, status.EventType);
        Assert.Equal("Call status update", status.Description);
        CallEventPayload payload = status.Payload;
        Assert.Equal("c0ffee00-3f52-11ef-9e5c-3b1f0c0f6a10", payload.EventId);
        Assert.Equal("1f048a83-ea6d-11ee-911b-e9023a97c284", payload.CallId);
        Assert.Equal("1f048a84-ea6d-11ee-911b-078f7290bf52", payload.SessionId);
        Assert.Equal("8x8_test", payload.SubAccountId);
        Assert.Equal(CallStatus.CallConnected, payload.CallStatus);
        Assert.Equal(CallDirection.Outbound, payload.CallDirection);
        Assert.Equal(CallType.Pstn, payload.CallType);
        Assert.Equal("+12314377870", payload.Source);
        Assert.Equal("+6568332048", payload.Destination);
        Assert.Equal("MSISDN", payload.SourceFormat);
        Assert.Equal("MSISDN", payload.DestinationFormat);
        Assert.Equal("US", payload.SourceCountryCode);
        Assert.Equal("SG", payload.DestinationCountryCode);
        Assert.Null(payload.SourceRefId);
        Assert.Null(payload.DestinationRefId);
        Assert.Equal(Duration.Zero, payload.CallDuration);
        Assert.Null(payload.EventData);
        Assert.Null(payload.Dtmf);
        Assert.Equal(200, payload.SipCode);
        Assert.Equal(At("2024-03-25T06:01:37Z"), payload.Timestamp);
        Assert.Null(payload.ClientActionId);
        Assert.Equal("CALL_STATUS:c0ffee00-3f52-11ef-9e5c-3b1f0c0f6a10", status.DeduplicationKey);
    }

    [Fact]
    public void Parse_CallActionForIncomingCall_ReadsTheCallWithoutInput()
    {
        CallActionEvent action = Assert.IsType<CallActionEvent>(WebhookParser.Default.Parse(Fixture("vca-call-received.json")));

        Assert.Equal(CallStatus.CallReceived, action.Payload.CallStatus);
        Assert.Equal(CallDirection.Inbound, action.Payload.CallDirection);
        Assert.Equal(At("2024-07-08T10:15:21Z"), action.Payload.Timestamp);
        Assert.Null(action.Payload.Dtmf);
        Assert.Null(action.Payload.ClientActionId);
    }

    private static Instant At(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Voice", "Webhooks", "Fixtures", name);

    private static string Fixture(string name) => Fixtures.Read(Path.Combine("Voice", "Webhooks", "Fixtures", name));

    private static async Task<WebhookEvent> ParseFixtureAsync(string name, Input input, WebhookParser? parser = null)
    {
        parser ??= WebhookParser.Default;
        byte[] bytes = await File.ReadAllBytesAsync(FixturePath(name));
        return input switch
        {
            Input.Text => parser.Parse(await File.ReadAllTextAsync(FixturePath(name))),
            Input.Utf8Bytes => parser.Parse(bytes),
            Input.Stream => await parser.ParseAsync(new MemoryStream(bytes)),
            _ => await parser.ParseAsync(new TrickleStream(bytes, chunkBytes: 7)),
        };
    }

    /// <summary>
    /// A stream that cannot seek and returns at most <paramref name="chunkBytes"/> per read, like a slow network body;
    /// without content it never ends (spaces forever).
    /// </summary>
    private sealed class TrickleStream(byte[]? content, int chunkBytes) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(count, chunkBytes);
            if (content is null)
            {
                buffer.AsSpan(offset, n).Fill((byte)' ');
            }
            else
            {
                n = (int)Math.Min(n, content.Length - BytesRead);
                Array.Copy(content, BytesRead, buffer, offset, n);
            }

            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
