using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Tests;

/// <summary>
/// Bodies that break off or are framed wrongly, sent over a raw socket to Kestrel in the Development environment,
/// where an escaped exception would be answered by the developer exception page with a stack trace and the headers.
/// </summary>
public sealed class WebhookEndpointBrokenTransferTests : IAsyncLifetime
{
    private const string Secret = "Bearer s3cr3t-webhook-value";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<string> _errors = new();
    private WebApplication _app = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ErrorCapture(_errors));
        builder.Services.AddSingleton<Noop>();
        _app = builder.Build();
        _app.MapEightByEightWebhooks<Noop>("/webhooks/8x8", options => options.AuthorizationHeaderValue = Secret);
        await _app.StartAsync();
        _address = new Uri(_app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Post_BrokenChunkedFraming_AnswersWithoutA500StackTraceOrSecret()
    {
        string answer = await SendRawAsync("Transfer-Encoding: chunked\r\n\r\nZZ\r\n{\"payload\":{}}\r\n0\r\n\r\n", closeAfterSending: false);

        AssertAnsweredSafely(answer);
        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyAbortedBeforeItsContentLength_AnswersWithoutA500StackTraceOrSecret()
    {
        string answer = await SendRawAsync("Content-Length: 4000\r\n\r\n{\"payload\":{\"sessionId\":\"1f04", closeAfterSending: true);

        AssertAnsweredSafely(answer);
        Assert.True(answer.Length == 0 || answer.StartsWith("HTTP/1.1 400", StringComparison.Ordinal), answer);
    }

    private void AssertAnsweredSafely(string answer)
    {
        Assert.DoesNotContain(" 500 ", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", answer, StringComparison.Ordinal);
        Assert.Empty(_errors);
    }

    // Sends the request line and headers, then the given tail; optionally half-closes, then reads what comes back.
    private async Task<string> SendRawAsync(string tail, bool closeAfterSending)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(Bound);
        await client.ConnectAsync(_address.Host, _address.Port, timeout.Token);
        NetworkStream stream = client.GetStream();
        string head = $"POST /webhooks/8x8 HTTP/1.1\r\nHost: {_address.Authority}\r\nAuthorization: {Secret}\r\nContent-Type: application/json\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + tail), timeout.Token);
        if (closeAfterSending)
        {
            client.Client.Shutdown(SocketShutdown.Send);
        }

        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
                if (Encoding.ASCII.GetString(received.ToArray()).Contains("\r\n\r\n", StringComparison.Ordinal) && !closeAfterSending)
                {
                    await Task.Delay(200, timeout.Token);
                    if (stream.DataAvailable)
                    {
                        continue;
                    }

                    break;
                }
            }
        }
        catch (IOException)
        {
            // The server closed the connection: that is an allowed answer to a broken transfer.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    private sealed class Noop : IWebhookHandler
    {
        public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<CallActionReply?> HandleCallActionAsync(CallActionEvent callAction, CancellationToken cancellationToken) => Task.FromResult<CallActionReply?>(null);
    }

    /// <summary>Keeps every error logged by the host (an escaped exception is logged as "unhandled").</summary>
    private sealed class ErrorCapture(ConcurrentQueue<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(errors, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> errors, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error)
                {
                    errors.Enqueue($"{category}: {formatter(state, exception)} {exception?.GetType().Name}");
                }
            }
        }
    }
}
