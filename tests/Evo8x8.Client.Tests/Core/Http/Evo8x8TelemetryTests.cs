using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Diagnostics;
using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;

namespace Evo8x8.Client.Tests.Core.Http;

public sealed class Evo8x8TelemetryTests : IAsyncLifetime
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

    // The only route no other test sends through a client with the SDK's handlers, so that measurements of tests
    // running in parallel are told apart.
    private readonly string _template = "sessions/{sessionId}";
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ManualTimeProvider _time = new();
    private MeterListener _meters = null!;
    private ActivityListener _traces = null!;
    private LoopbackServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == Evo8x8Telemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _meters.Start();
        _traces = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Evo8x8Telemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("url.template"), _template) && Equals(activity.GetTagItem("http.request.method"), "DELETE"))
                {
                    _activities.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_traces);
    }

    public async Task DisposeAsync()
    {
        _meters.Dispose();
        _traces.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_RetriedThenAnswered_RecordsAttemptsRetryAndOneActivity()
    {
        _server.Reply(ScriptedReply.Text(503, "busy") with { Headers = [("Retry-After", "0")] }, ScriptedReply.Json(200, "{}"));
        using var services = TestClients.Build(_server.BaseAddress, _time);

        await TestClients.EvoSessions(services).EndAsync("telemetry-1").WaitAsync(Hang);

        Assert.Equal(["503", "200"], Measured("evo8x8.client.request.duration").Select(m => m.Tags["evo8x8.outcome"]));
        Assert.Equal([1, 2], Measured("evo8x8.client.request.duration").Select(m => m.Tags["evo8x8.attempt"]));
        var retry = Assert.Single(Measured("evo8x8.client.retries"));
        Assert.Equal("503", retry.Tags["evo8x8.outcome"]);
        Assert.Equal("Evo", retry.Tags["evo8x8.service"]);
        Assert.Empty(Measured("evo8x8.client.failures"));
        Activity activity = Assert.Single(_activities);
        Assert.Equal($"Evo DELETE {_template}", activity.DisplayName);
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task SendAsync_Refused_RecordsOneFailure()
    {
        _server.Reply(ScriptedReply.Json(404, "{}"));
        using var services = TestClients.Build(_server.BaseAddress, _time);

        await Assert.ThrowsAnyAsync<Evo8x8ApiException>(
            () => TestClients.EvoSessions(services).EndAsync("telemetry-2").WaitAsync(Hang));

        var failure = Assert.Single(Measured("evo8x8.client.failures"));
        Assert.Equal("404", failure.Tags["evo8x8.outcome"]);
        Assert.Empty(Measured("evo8x8.client.retries"));
        Assert.Equal(ActivityStatusCode.Error, Assert.Single(_activities).Status);
    }

    private List<(string Instrument, double Value, Dictionary<string, object?> Tags)> Measured(string instrument)
        => [.. _measurements.Where(m => m.Instrument == instrument)];

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        if (Equals(copy.GetValueOrDefault("url.template"), _template) && Equals(copy.GetValueOrDefault("http.request.method"), "DELETE"))
        {
            _measurements.Enqueue((instrument.Name, value, copy));
        }
    }
}
