using System.Text.Json;
using Evo8x8.Client.Voice.Json;
using Evo8x8.Client.Voice;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice;

/// <summary>The request body is written by hand for speed; these pin what the generated contracts used to write.</summary>
public sealed partial class CallflowSerializationTests
{
    [Theory]
    [InlineData(2024, 7, 3, 5, 59, 32, 7_123_456, "2024-07-03T05:59:32.007Z")]
    [InlineData(999, 1, 2, 3, 4, 5, 0, "0999-01-02T03:04:05.000Z")]
    [InlineData(9999, 12, 31, 23, 59, 59, 999_999_999, "9999-12-31T23:59:59.999Z")]
    public void ToJson_ValidUntil_WritesUtcWithThreeTruncatedFractionalDigits(int year, int month, int day, int hour, int minute, int second, long nanoseconds, string expected)
    {
        Instant validUntil = Instant.FromUtc(year, month, day, hour, minute, second) + Duration.FromNanoseconds(nanoseconds);

        string json = new Callflow([new HangupAction()], validUntil).ToJson();

        Assert.Equal($$"""{"validUntil":"{{expected}}","callflow":[{"action":"hangup"}]}""", json);
    }

    [Fact]
    public void Deserialize_ToJsonOfAFullFlow_ReadsBackEveryActionAndTheTopLevelFields()
    {
        Callflow callflow = new CallflowBuilder()
            .ValidUntil(Instant.FromUtc(2030, 1, 1, 0, 0))
            .ClientRequestId("req-1")
            .MakeCall("+6512341234", "+6512345678", callRecording: true)
            .SayAndCapture("Press 1", "en-US-JennyNeural", 1, 2, Duration.FromSeconds(3), Duration.FromSeconds(9), false, 2, "Thanks", "Sorry", 1.5, 2)
            .PlayFile("https://example.com/a.mp3", repetition: 2)
            .Say("Bye", "en-US-JennyNeural", repetition: 1, speed: 0.5)
            .Hangup()
            .Build();

        Callflow read = JsonSerializer.Deserialize(callflow.ToJson(), VoiceJsonContext.Default.Callflow)!;

        Assert.Equal(callflow.Actions, read.Actions);
        Assert.Equal((callflow.ValidUntil, callflow.ClientRequestId), (read.ValidUntil, read.ClientRequestId));
        Assert.Equal(callflow.ToJson(), read.ToJson());
    }
}
