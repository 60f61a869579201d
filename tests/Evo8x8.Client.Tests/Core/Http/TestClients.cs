using System.Net.Sockets;
using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.Tests.Core.Http;

/// <summary>Both clients registered the way an application would, pointed at a loopback address, with fake time and captured logs.</summary>
internal static class TestClients
{
    public const string ApiKey = "sk-live-7f3c9a1e55d04b2e8c6a";
    public const string SubAccountId = "acme-test";
    public const string EvoUserName = "ops@acme.example";
    public const string EvoPassword = "Tr0ub4dor&3-horse";

    /// <summary>Registers both clients at <paramref name="baseAddress"/>; retries wait 1 to 5 s, attempts time out after 10 s.</summary>
    public static ServiceProvider Build(
        Uri baseAddress, TimeProvider time, LogCapture? logs = null, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddEightByEightVoice(options =>
        {
            options.ApiKey = ApiKey;
            options.SubAccountId = SubAccountId;
            options.BaseAddress = baseAddress;
            Configure(options.Resilience);
        });
        services.AddEvoVoice(options =>
        {
            options.UserName = EvoUserName;
            options.Password = EvoPassword;
            options.BaseAddress = baseAddress;
            Configure(options.Resilience);
        });
        more?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The default Evo client, whose sessions routes the HTTP pipeline tests send through.</summary>
    public static ISessionsApi EvoSessions(IServiceProvider services) => services.GetRequiredService<IEvoVoiceClient>().Sessions;

    /// <summary>A session to create, whose POST the pipeline must never send twice once it may have reached Evo.</summary>
    public static NewSession NewCall() => NewSession.OutgoingCall("+15551234567");

    public static IVoiceClient Voice(IServiceProvider services) => services.GetRequiredService<IVoiceClient>();

    /// <summary>A callflow that rings a real-looking number, so tests can check it never reaches a log.</summary>
    public static Callflow CallflowTo(string destination)
        => new CallflowBuilder().MakeCall("6512341234", destination).Say("Your code is 4711.", "en-IE-EmilyNeural").Hangup().Build();

    public static ScriptedReply CallflowCreated()
        => ScriptedReply.Json(200, """{"sessionId":"d9874358-89ac-4c50-bbab-1eb634482a94","sessionStatus":"CREATED","callFlowRequestId":"89b545a5-0676-11ee-8100-d500c0d203fc","statusCode":1,"statusMessage":"Created"}""");

    /// <summary>An address on which nothing listens, so connecting is refused.</summary>
    public static Uri ClosedPortAddress(out int port)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    private static void Configure(Evo8x8ResilienceOptions resilience)
    {
        resilience.BaseDelay = TimeSpan.FromSeconds(1);
        resilience.MaxDelay = TimeSpan.FromSeconds(5);
        resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
        resilience.TotalTimeout = TimeSpan.FromSeconds(100);
    }
}
