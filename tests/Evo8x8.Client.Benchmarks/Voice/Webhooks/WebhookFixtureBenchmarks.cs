using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Benchmarks.Voice.Webhooks;

/// <summary>
/// Issue 24's goal: every call action (VCA), call status (VCS) and session summary (VSS) fixture parses within 1.10x
/// plain source-generated System.Text.Json of the same shape, with unknown members kept and duplicate keys refused.
/// The fixtures are the test project's own files.
/// </summary>
[MemoryDiagnoser]
public class WebhookFixtureBenchmarks
{
    private byte[] _utf8 = null!;
    private bool _summary;

    public static IEnumerable<string> Fixtures =>
    [
        "vca-call-received", "vca-dtmf-in-event-data", "vca-dtmf-in-payload", "quirk-unknown-members-call-event",
        "vcs-call-connected", "seed-000-vss-success", "vss-number-masking-ref-ids",
    ];

    [ParamsSource(nameof(Fixtures))]
    public string Fixture { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Voice", "Webhooks", "Fixtures", Fixture + ".json"));
        _summary = Fixture.Contains("vss", StringComparison.Ordinal);
    }

    [Benchmark]
    public WebhookEvent Sdk() => WebhookParser.Default.Parse(_utf8);

    [Benchmark(Baseline = true)]
    public object? PlainSourceGenerated() => _summary
        ? JsonSerializer.Deserialize(_utf8, PlainJsonContext.Default.PlainEnvelope)
        : JsonSerializer.Deserialize(_utf8, PlainCallEventContext.Default.PlainCallEventEnvelope);
}
