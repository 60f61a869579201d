using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Evo8x8.Client.Http;
using Evo8x8.Client.Tests.Infrastructure;

namespace Evo8x8.Client.Tests.Http;

public sealed class Evo8x8TelemetryTests : IAsyncLifetime
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

    // A template no other test uses, so measurements of tests running in parallel are told apart.
    private readonly string _template = $"telemetry/{Guid.NewGuid():N}/{{id}}";
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
                if (Equals(activity.GetTagItem("url.template"), _template))
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

        await TestClients.EvoConnection(services).SendAsync(new ApiRoute(HttpMethod.Get, _template, "telemetry/1"), null, CancellationToken.None).WaitAsync(Hang);

        Assert.Equal(["503", "200"], Measured("evo8x8.client.request.duration").Select(m => m.Tags["evo8x8.outcome"]));
        Assert.Equal([1, 2], Measured("evo8x8.client.request.duration").Select(m => m.Tags["evo8x8.attempt"]));
        var retry = Assert.Single(Measured("evo8x8.client.retries"));
        Assert.Equal("503", retry.Tags["evo8x8.outcome"]);
        Assert.Equal("Evo", retry.Tags["evo8x8.service"]);
        Assert.Empty(Measured("evo8x8.client.failures"));
        Activity activity = Assert.Single(_activities);
        Assert.Equal($"Evo GET {_template}", activity.DisplayName);
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task SendAsync_Refused_RecordsOneFailure()
    {
        _server.Reply(ScriptedReply.Json(404, "{}"));
        using var services = TestClients.Build(_server.BaseAddress, _time);

        await Assert.ThrowsAnyAsync<Evo8x8ApiException>(
            () => TestClients.EvoConnection(services).SendAsync(new ApiRoute(HttpMethod.Get, _template, "telemetry/2"), null, CancellationToken.None).WaitAsync(Hang));

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

        if (Equals(copy.GetValueOrDefault("url.template"), _template))
        {
            _measurements.Enqueue((instrument.Name, value, copy));
        }
    }
}
