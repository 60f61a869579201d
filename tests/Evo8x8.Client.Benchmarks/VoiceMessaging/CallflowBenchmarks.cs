using BenchmarkDotNet.Attributes;
using Evo8x8.Client.VoiceMessaging;
using NodaTime;

namespace Evo8x8.Client.Benchmarks.VoiceMessaging;

/// <summary>What building, validating and serializing a typical voice message costs.</summary>
[MemoryDiagnoser]
public class CallflowBenchmarks
{
    private static readonly IClock Clock = SystemClock.Instance;
    private Callflow _callflow = null!;

    [GlobalSetup]
    public void Setup() => _callflow = BuildVoiceMessage();

    [Benchmark]
    public Callflow BuildAndValidate() => BuildVoiceMessage();

    [Benchmark]
    public string Serialize() => _callflow.ToJson();

    private static Callflow BuildVoiceMessage()
        => new CallflowBuilder(Clock)
            .ValidFor(Duration.FromMinutes(10))
            .MakeCall("+6512341234", "+6512345678")
            .Say("Hello, this is a test Voice Message.", "en-IE-EmilyNeural", repetition: 1, speed: 1)
            .Hangup()
            .Build();
}
