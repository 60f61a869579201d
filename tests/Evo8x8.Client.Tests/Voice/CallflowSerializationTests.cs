using System.Text.Json;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Json;
using Evo8x8.Client.Voice;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice;

public sealed partial class CallflowSerializationTests
{
    private static readonly Instant SeedValidUntil = InstantPattern.ExtendedIso.Parse("2024-07-03T05:59:32.226Z").Value;
    private static readonly FakeClock BeforeSeed = new(SeedValidUntil - Duration.FromMinutes(5));

    public static TheoryData<string, CallflowAction> Actions => new()
    {
        { "action-makecall.json", new MakeCallAction("+6512341234", "+6512345678") },
        { "action-say-minimal.json", new SayAction("Hello", "en-US-JennyNeural") },
        { "action-say-full.json", new SayAction("Hello", "en-US-JennyNeural") { Repetition = 3, Speed = 1.5 } },
        { "action-playfile.json", new PlayFileAction("https://example.com/audio/wave.wav") { Repetition = 2 } },
        { "action-sayandcapture-minimal.json", new SayAndCaptureAction("Press 1 for sales.", "en-US-JennyNeural") },
        {
            "action-sayandcapture-full.json",
            new SayAndCaptureAction("Enter your 4 digit PIN.", "en-GB-Emma")
            {
                Speed = 0.5,
                Repetition = 2,
                MinDigits = 4,
                MaxDigits = 4,
                DigitTimeout = Duration.FromSeconds(3),
                OverallTimeout = Duration.FromSeconds(10),
                CompleteOnHash = false,
                NoOfTries = 3,
                SuccessMessage = "Thank you.",
                FailureMessage = "Sorry, goodbye.",
            }
        },
        { "action-hangup.json", new HangupAction() },
    };

    [Fact]
    public void Build_SeedTtsVoiceMessage_SerializesToTheSeedRequest()
    {
        Callflow callflow = new CallflowBuilder(BeforeSeed)
            .ValidUntil(SeedValidUntil)
            .MakeCall(source: "6512341234", destination: "6512345678")
            .Say("Hello, this is a test Voice Message.", "en-IE-EmilyNeural", repetition: 1, speed: 1)
            .Hangup()
            .Build();

        string json = JsonSerializer.Serialize(callflow, VoiceJsonContext.Default.Callflow);

        Fixtures.AssertJsonEqual(Fixtures.Read("Voice/Fixtures/seed-001-tts-request.json"), json);
        Assert.Contains("\"validUntil\":\"2024-07-03T05:59:32.226Z\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SeedPlayFileVoiceMessage_SerializesToTheSeedRequest()
    {
        Callflow callflow = new CallflowBuilder(BeforeSeed)
            .ValidUntil(SeedValidUntil)
            .MakeCall(source: "6512341234", destination: "6512345678")
            .PlayFile(new Uri("https://sample-videos.com/audio/mp3/wave.mp3"), repetition: 2)
            .Hangup()
            .Build();

        string json = JsonSerializer.Serialize(callflow, VoiceJsonContext.Default.Callflow);

        Fixtures.AssertJsonEqual(Fixtures.Read("Voice/Fixtures/seed-001-playfile-request.json"), json);
        Assert.Contains("\"validUntil\":\"2024-07-03T05:59:32.226Z\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void Serialize_EachAction_WritesActionAndParamsAndOmitsUnsetOptions(string fixture, CallflowAction action)
    {
        string json = JsonSerializer.Serialize(action, VoiceJsonContext.Default.CallflowAction);

        Fixtures.AssertJsonEqual(Fixtures.Read($"Voice/Fixtures/{fixture}"), json);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void Deserialize_EachAction_ReadsBackTheSameAction(string fixture, CallflowAction action)
    {
        CallflowAction? read = JsonSerializer.Deserialize(Fixtures.Read($"Voice/Fixtures/{fixture}"), VoiceJsonContext.Default.CallflowAction);

        Assert.Equal(action, read);
    }

    [Fact]
    public void Serialize_ValidUntilWithoutMilliseconds_StillWritesThreeFractionalDigits()
    {
        var callflow = new Callflow([new HangupAction()], Instant.FromUtc(2030, 1, 2, 3, 4, 5));

        string json = JsonSerializer.Serialize(callflow, VoiceJsonContext.Default.Callflow);

        Assert.Equal("""{"validUntil":"2030-01-02T03:04:05.000Z","callflow":[{"action":"hangup"}]}""", json);
    }

    [Fact]
    public void Serialize_NoValidUntil_OmitsTheProperty()
    {
        string json = JsonSerializer.Serialize(new Callflow([new HangupAction()]), VoiceJsonContext.Default.Callflow);

        Assert.Equal("""{"callflow":[{"action":"hangup"}]}""", json);
    }

    [Fact]
    public void Deserialize_ParamsBeforeAction_ReadsTheAction()
    {
        CallflowAction? read = JsonSerializer.Deserialize(
            """{"params":{"source":"+6512341234","destination":"+6512345678"},"action":"makeCall"}""",
            VoiceJsonContext.Default.CallflowAction);

        Assert.Equal(new MakeCallAction("+6512341234", "+6512345678"), read);
    }

    [Fact]
    public void Deserialize_UnknownAction_ThrowsJsonExceptionNamingIt()
    {
        JsonException ex = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize("""{"action":"dance","params":{}}""", VoiceJsonContext.Default.CallflowAction));

        Assert.Contains("'dance' is not a callflow action", ex.Message, StringComparison.Ordinal);
    }
}
