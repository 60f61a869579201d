using System.Text.Json;
using Evo8x8.Client.Serialization;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.VoiceMessaging;
using NodaTime;
using NodaTime.Text;

namespace Evo8x8.Client.Tests.VoiceMessaging;

public sealed class CallflowSerializationTests
{
    private static readonly Instant SeedValidUntil = InstantPattern.ExtendedIso.Parse("2024-07-03T05:59:32.226Z").Value;
    private static readonly FakeClock BeforeSeed = new(SeedValidUntil - Duration.FromMinutes(5));

    [Fact]
    public void Build_SeedTtsVoiceMessage_SerializesToTheSeedRequest()
    {
        Callflow callflow = new CallflowBuilder(BeforeSeed)
            .ValidUntil(SeedValidUntil)
            .MakeCall(source: "6512341234", destination: "6512345678")
            .Say("Hello, this is a test Voice Message.", "en-IE-EmilyNeural", repetition: 1, speed: 1)
            .Hangup()
            .Build();

        string json = JsonSerializer.Serialize(callflow, Evo8x8JsonContext.Default.Callflow);

        Fixtures.AssertJsonEqual(Fixtures.Read("VoiceMessaging/Fixtures/seed-001-tts-request.json"), json);
        Assert.Contains("\"validUntil\":\"2024-07-03T05:59:32.226Z\"", json, StringComparison.Ordinal);
    }
}
