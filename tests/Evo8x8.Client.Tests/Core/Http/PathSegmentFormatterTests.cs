using System.Reflection;
using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Voice;
using Evo8x8.Client.Voice.Json;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Refit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Evo8x8.Client.Tests.Core.Http;

/// <summary>An id never walks to another route: a dot-segment in any path value is refused before anything is sent.</summary>
public sealed class PathSegmentFormatterTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public PathSegmentFormatterTests()
        => _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));

    public void Dispose() => _server.Stop();

    [Fact]
    public async Task NumbersCheckAsync_DotDot_RefusedNamingTheNumberAndNothingSent()
    {
        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => Voice().Numbers.CheckAsync(".."));

        Assert.Equal("number", error.ParamName);
        Assert.Empty(_server.LogEntries);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task WebhookRegistrationsDeleteAsync_DotSegmentType_RefusedAndNothingSent(string type)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Voice().WebhookRegistrations.DeleteAsync(new WebhookType(type)));

        Assert.Empty(_server.LogEntries);
    }

    [Fact]
    public async Task LogExportsCancelAsync_DotDot_RefusedAndNothingSent()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Voice().LogExports.CancelAsync(".."));

        Assert.Empty(_server.LogEntries);
    }

    [Fact]
    public async Task EvoDeleteChatMemberAsync_DotDotMember_RefusedAndNothingSent()
    {
        var evo = new EvoVoiceClient(new EvoVoiceClientOptions { UserName = "u", Password = "p", BaseAddress = Address(), Resilience = { Enabled = false } });

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => evo.Sessions.DeleteChatMemberAsync("s1", ".."));

        Assert.Contains("'..' is not an id", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.LogEntries);
    }

    /// <summary>
    /// Every route with a value in its path, found from the route interfaces' templates, refuses <c>..</c> in each text
    /// path value with nothing sent; a path value that cannot hold text (a number) cannot carry a dot-segment.
    /// </summary>
    [Fact]
    public async Task EveryRouteWithAPathValue_DotDot_RefusedAndNothingSent()
    {
        Type[] routes = [.. typeof(IVoiceClient).Assembly.GetTypes().Where(t => t.IsInterface && t.Name.EndsWith("Routes", StringComparison.Ordinal))];
        RefitSettings settings = RefitRoutes.CreateSettings(VoiceService.Definition, VoiceJsonContext.Wire);
        var checkedOperations = new List<string>();
        var untyped = new List<string>();

        foreach (Type route in routes)
        {
            object client = typeof(RefitRoutes).GetMethod(nameof(RefitRoutes.For))!.MakeGenericMethod(route)
                .Invoke(null, [new HttpClient { BaseAddress = Address() }, settings])!;
            foreach (MethodInfo operation in route.GetMethods())
            {
                string template = operation.GetCustomAttribute<HttpMethodAttribute>()!.Path;
                ParameterInfo[] parameters = operation.GetParameters();
                ParameterInfo[] pathValues = [.. parameters.Where(p => template.Contains("{" + (p.GetCustomAttribute<AliasAsAttribute>()?.Name ?? p.Name) + "}", StringComparison.Ordinal))];
                ParameterInfo[] textValues = [.. pathValues.Where(p => p.ParameterType == typeof(string))];
                untyped.AddRange(pathValues.Except(textValues).Where(p => !p.ParameterType.IsPrimitive).Select(p => $"{route.Name}.{operation.Name}({p.Name})"));
                foreach (ParameterInfo target in textValues)
                {
                    object?[] arguments = [.. parameters.Select(p => p == target ? ".." : p.ParameterType == typeof(string) ? "x1" : p.ParameterType == typeof(CancellationToken) ? (object?)CancellationToken.None : null)];
                    string name = $"{route.Name}.{operation.Name}({target.Name})";

                    Exception? error = await Record.ExceptionAsync(() => (Task)operation.Invoke(client, arguments)!);
                    error = error is TargetInvocationException { InnerException: { } inner } ? inner : error;

                    Assert.True(error is ArgumentException, $"{name} with '..' was not refused: {error?.GetType().Name} {error?.Message}");
                    Assert.True(!_server.LogEntries.Any(), $"{name} with '..' sent a request");
                    checkedOperations.Add(name);
                }
            }
        }

        Assert.Empty(untyped);
        Assert.Contains("IWebhookRegistrationsRoutes.DeleteAsync(webhookType)", checkedOperations);
        Assert.Contains("ILogExportsRoutes.CancelAsync(jobId)", checkedOperations);
        Assert.Contains("ISessionsRoutes.DeleteChatMemberAsync(memberId)", checkedOperations);
    }

    private Uri Address() => new($"http://127.0.0.1:{_server.Port}/");

    private VoiceClient Voice() => new(new VoiceClientOptions { ApiKey = "key-12345678", SubAccountId = "sub_1", BaseAddress = Address(), Resilience = { Enabled = false } });
}
