using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Evo8x8.Client.Voice;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Benchmarks.Voice;

/// <summary>
/// What building, validating and serializing a typical voice message costs. Issue 13's goal: <see cref="Serialize"/>
/// within 1.2x the time and 1.5x the allocation of <see cref="PlainSourceGenerated"/>, the same request as plain DTOs.
/// </summary>
[MemoryDiagnoser]
public class CallflowBenchmarks
{
    private static readonly IClock Clock = SystemClock.Instance;
    private Callflow _callflow = null!;
    private PlainCallflow _plain = null!;

    [GlobalSetup]
    public void Setup()
    {
        _callflow = BuildVoiceMessage();
        _plain = new PlainCallflow
        {
            ValidUntil = InstantPattern.ExtendedIso.Format(_callflow.ValidUntil!.Value),
            Callflow =
            [
                new() { Action = "makeCall", Params = new() { Source = "+6512341234", Destination = "+6512345678" } },
                new() { Action = "say", Params = new() { Text = "Hello, this is a test Voice Message.", VoiceProfile = "en-IE-EmilyNeural", Repetition = 1, Speed = 1 } },
                new() { Action = "hangup" },
            ],
        };
    }

    [Benchmark]
    public Callflow BuildAndValidate() => BuildVoiceMessage();

    [Benchmark]
    public string Serialize() => _callflow.ToJson();

    [Benchmark(Baseline = true)]
    public string PlainSourceGenerated() => JsonSerializer.Serialize(_plain, PlainCallflowContext.Default.PlainCallflow);

    private static Callflow BuildVoiceMessage()
        => new CallflowBuilder(Clock)
            .ValidFor(Duration.FromMinutes(10))
            .MakeCall("+6512341234", "+6512345678")
            .Say("Hello, this is a test Voice Message.", "en-IE-EmilyNeural", repetition: 1, speed: 1)
            .Hangup()
            .Build();
}
