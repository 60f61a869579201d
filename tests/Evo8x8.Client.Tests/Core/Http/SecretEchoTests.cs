using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Diagnostics;
using System.Text;
using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Core;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Recordings;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.Tests.Core.Http;

/// <summary>
/// Servers that echo what they received must not get the client's secrets, or a phone number, into any text the
/// SDK builds from their answer: message, ToString(), service message, field errors, server stack trace, log lines,
/// activity and metric tags.
/// </summary>
public sealed class SecretEchoTests : IAsyncLifetime
{
    private const string WebhookAuthValue = "Bearer whk-2b7e151628aed2a6abf7";
    private const string PushPassword = "s3-secret-wJalrXUtnFEMI";

    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

    private readonly ConcurrentQueue<string> _telemetry = new();
    private readonly LogCapture _logs = new();
    private EchoServer _server = null!;
    private ServiceProvider _services = null!;
    private MeterListener _meters = null!;
    private ActivityListener _traces = null!;

    private static string[] Secrets =>
    [
        TestClients.ApiKey,
        TestClients.EvoPassword,
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestClients.EvoUserName}:{TestClients.EvoPassword}")),
        WebhookAuthValue,
        WebhookAuthValue["Bearer ".Length..],
        PushPassword,
        "7946",
    ];

    public async Task InitializeAsync()
    {
        _server = await EchoServer.StartAsync();
        _services = TestClients.Build(_server.BaseAddress, new ManualTimeProvider(), _logs);
        _meters = new MeterListener { InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument) };
        _meters.SetMeasurementEventCallback<double>((_, _, tags, _) => KeepTags(tags));
        _meters.SetMeasurementEventCallback<long>((_, _, tags, _) => KeepTags(tags));
        _meters.Start();
        _traces = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Evo8x8Telemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                _telemetry.Enqueue($"{activity.DisplayName} {activity.StatusDescription}");
                foreach (KeyValuePair<string, string?> tag in activity.Tags)
                {
                    _telemetry.Enqueue(tag.Value ?? string.Empty);
                }

                foreach (ActivityEvent item in activity.Events)
                {
                    _telemetry.Enqueue(item.Name + string.Join(" ", item.Tags.Select(t => t.Value)));
                }
            },
        };
        ActivitySource.AddActivityListener(_traces);
    }

    public async Task DisposeAsync()
    {
        _meters.Dispose();
        _traces.Dispose();
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task VoiceClient_HtmlPageEchoingHeaders_NoSecretInAnyText()
    {
        _server.Answer = EchoServer.Form.HtmlHeaders;

        Evo8x8ApiException error = await Assert.ThrowsAnyAsync<Evo8x8ApiException>(
            () => TestClients.Voice(_services).WebhookRegistrations.ListAsync().GetPageAsync().WaitAsync(Hang));

        Assert.Contains("<h1>Bad request</h1><pre>Call +** ** **** **58 failed. You sent Authorization: Bearer ***", error.Message, StringComparison.Ordinal);
        AssertNoSecret(error);
    }

    [Fact]
    public async Task VoiceClient_JsonErrorQuotingWebhookAuthValue_NoSecretInAnyText()
    {
        _server.Answer = EchoServer.Form.VoiceJsonBody;
        _server.Status = 422;
        var webhook = new NewWebhookRegistration(WebhookType.SessionSummary, new Uri("https://hooks.example.com/8x8")) { HttpAuthHeader = WebhookAuthValue };

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(
            () => TestClients.Voice(_services).WebhookRegistrations.CreateAsync(webhook).WaitAsync(Hang));

        Assert.Contains("with body {", error.ServiceMessage, StringComparison.Ordinal);
        Assert.Equal("89b545a5-0676-11ee-8100-d500c0d203fc", error.RequestId);
        AssertNoSecret(error);
    }

    [Fact]
    public async Task VoiceClient_JsonErrorQuotingPushPassword_NoSecretInAnyText()
    {
        _server.Answer = EchoServer.Form.VoiceJsonBody;
        _server.Status = 422;
        var config = new NewRecordingPushConfig { Protocol = RecordingPushProtocol.S3, Host = "ap-southeast-2", Username = "AKIAEXAMPLE", Password = PushPassword };

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(
            () => TestClients.Voice(_services).RecordingPushConfig.CreateAsync(config).WaitAsync(Hang));

        Assert.Contains("AKIAEXAMPLE", error.ServiceMessage, StringComparison.Ordinal);
        AssertNoSecret(error);
    }

    [Fact]
    public async Task VoiceClient_401WithEightByEightErrorBody_KeepsTheCredentialsHint()
    {
        _server.Answer = EchoServer.Form.VoiceJsonBody;
        _server.Status = 401;

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(
            () => TestClients.Voice(_services).WebhookRegistrations.ListAsync().GetPageAsync().WaitAsync(Hang));

        Assert.Contains("check VoiceClientOptions.ApiKey", error.Message, StringComparison.Ordinal);
        AssertNoSecret(error);
    }

    [Fact]
    public async Task EvoVoiceClient_HtmlPageEchoingHeaders_NoSecretInAnyText()
    {
        _server.Answer = EchoServer.Form.HtmlHeaders;

        Evo8x8ApiException error = await Assert.ThrowsAnyAsync<Evo8x8ApiException>(
            () => _services.GetRequiredService<IEvoVoiceClient>().Sessions.GetAsync("s-1").WaitAsync(Hang));

        Assert.Contains("Authorization: Basic ***", error.Message, StringComparison.Ordinal);
        AssertNoSecret(error);
    }

    [Fact]
    public async Task EvoVoiceClient_ServiceStackErrorEchoingEverything_NoSecretInAnyText()
    {
        _server.Answer = EchoServer.Form.EvoJsonEverything;

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(
            () => _services.GetRequiredService<IEvoVoiceClient>().Sessions.GetAsync("s-1").WaitAsync(Hang));

        Assert.Contains("Authorization: Basic ***", error.ServiceMessage, StringComparison.Ordinal);
        Assert.Contains(" as *** with body", error.ServiceMessage, StringComparison.Ordinal);
        Assert.Single(error.FieldErrors);
        Assert.NotNull(error.ServerStackTrace);
        AssertNoSecret(error);
    }

    private void AssertNoSecret(Evo8x8ApiException error)
    {
        var texts = new List<string?> { error.Message, error.ToString(), error.ServiceMessage, error.ErrorCode, error.RequestId, _logs.All };
        if (error is EvoApiException evo)
        {
            texts.Add(evo.ServerStackTrace);
            texts.AddRange(evo.FieldErrors.SelectMany(field => new[] { field.ErrorCode, field.FieldName, field.Message }));
        }

        texts.AddRange(_telemetry);
        Assert.NotEmpty(_logs.Lines);
        foreach (string secret in Secrets)
        {
            foreach (string? text in texts)
            {
                Assert.False(text?.Contains(secret, StringComparison.Ordinal) ?? false, $"'{secret}' appears in: {text}");
            }
        }
    }

    private void KeepTags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            _telemetry.Enqueue(tag.Value?.ToString() ?? string.Empty);
        }
    }
}
