using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using System.Text;

namespace Evo8x8.Client.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real redis-server on 127.0.0.1 and a free port, without persistence, started for one test and stopped after it.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string InstallCommand = "apt-get update && apt-get install -y redis-server";

    private Process? _process;

    private RedisServer(int port) => Port = port;

    /// <summary>The redis-server executable on PATH, or <see langword="null"/> when it is not installed.</summary>
    public static string? Executable { get; } = FindOnPath("redis-server");

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>A free port nothing listens on, for "a wrong connection string" (and to start a server on later).</summary>
    public static int UnusedPort() => FreePort();

    public static async Task<RedisServer> StartAsync(int? port = null)
    {
        string executable = Executable ?? throw new InvalidOperationException($"redis-server is not installed; run: {InstallCommand}");
        var server = new RedisServer(port ?? FreePort());
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "--port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        server._process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        server._process.OutputDataReceived += (_, _) => { };
        server._process.ErrorDataReceived += (_, _) => { };
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitUntilAnswersAsync(TimeSpan.FromSeconds(10));
        return server;
    }

    /// <summary>Stops the server (the "Redis went away" case); calling it twice is harmless.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);
        }
    }

    /// <summary>Sends one inline command (such as <c>CLIENT PAUSE 1500 WRITE</c>) on its own connection and returns the reply's first line.</summary>
    public async Task<string> SendAsync(string inlineCommand)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
        NetworkStream stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(inlineCommand + "\r\n"), timeout.Token);
        byte[] buffer = new byte[256];
        int read = await stream.ReadAsync(buffer, timeout.Token);
        return Encoding.ASCII.GetString(buffer, 0, read).TrimEnd();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindOnPath(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    private async Task WaitUntilAnswersAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
                NetworkStream stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
                byte[] buffer = new byte[16];
                int read = await stream.ReadAsync(buffer, timeout.Token);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException)
            {
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
