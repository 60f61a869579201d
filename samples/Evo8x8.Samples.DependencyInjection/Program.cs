// Registers the 8x8 and Evo clients in a generic host, validates their settings at start-up and shows
// how an application gets them. Settings come from appsettings.json, environment variables
// (Evo8x8__Voice__ApiKey, Evo8x8__Voice__SubAccountId, Evo8x8__Evo__UserName, Evo8x8__Evo__Password)
// or user secrets. With no credentials it prints what is missing and exits 0; it never sends anything.
using Evo8x8.Client.Evo;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly.Extensions.Http;
using Polly;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(
    new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Services.AddEightByEightVoice(builder.Configuration.GetSection("Evo8x8:Voice"));
builder.Services.AddEvoVoice(builder.Configuration.GetSection("Evo8x8:Evo"));

// A second 8x8 subaccount under its own name, set in code, with its own retry settings;
// the returned IHttpClientBuilder takes the usual IHttpClientFactory settings.
builder.Services
    .AddEightByEightVoice("branch-office", options =>
    {
        options.ApiKey = builder.Configuration["BranchOffice:ApiKey"] ?? string.Empty;
        options.SubAccountId = "branch-office";
        options.Resilience.MaxRetryAttempts = 5;
    })
    .SetHandlerLifetime(TimeSpan.FromMinutes(5));

// Standardised on Microsoft.Extensions.Http.Resilience? Turn ours off and add the standard handler, with no
// retries for POST (a resent callflow rings the person twice) and the other unsafe verbs.
builder.Services
    .AddEightByEightVoice("standard-resilience", options =>
    {
        options.ApiKey = builder.Configuration["Evo8x8:Voice:ApiKey"] ?? string.Empty;
        options.SubAccountId = builder.Configuration["Evo8x8:Voice:SubAccountId"] ?? string.Empty;
        options.Resilience.Enabled = false;
    })
    .AddStandardResilienceHandler(resilience => resilience.Retry.DisableForUnsafeHttpMethods());

// Standardised on Microsoft.Extensions.Http.Polly (Polly's v7 API)? Turn ours off and choose the policy per
// request, so that a POST is never retried.
builder.Services
    .AddEightByEightVoice("polly", options =>
    {
        options.ApiKey = builder.Configuration["Evo8x8:Voice:ApiKey"] ?? string.Empty;
        options.SubAccountId = builder.Configuration["Evo8x8:Voice:SubAccountId"] ?? string.Empty;
        options.Resilience.Enabled = false;
    })
    .AddPolicyHandler(request => request.Method == HttpMethod.Post
        ? Policy.NoOpAsync<HttpResponseMessage>()
        : HttpPolicyExtensions.HandleTransientHttpError().WaitAndRetryAsync(3, attempt => TimeSpan.FromSeconds(Math.Pow(2, attempt))));

builder.Services.AddTransient<Notifier>();

using IHost host = builder.Build();
try
{
    await host.StartAsync(); // validates every client's options (ValidateOnStart)
}
catch (Exception error) when (error is OptionsValidationException or AggregateException)
{
    // One client with bad settings fails start-up with OptionsValidationException, several with an AggregateException of them.
    IEnumerable<OptionsValidationException> problems = error is AggregateException all
        ? all.InnerExceptions.OfType<OptionsValidationException>()
        : [(OptionsValidationException)error];
    Console.WriteLine("The clients are not configured yet:");
    foreach (string failure in problems.SelectMany(problem => problem.Failures))
    {
        Console.WriteLine($"  - {failure}");
    }

    Console.WriteLine("Set them in appsettings.json or as environment variables (Evo8x8__Voice__ApiKey=...) and run again.");
    return 0;
}

Notifier notifier = host.Services.GetRequiredService<Notifier>();
Console.WriteLine(notifier.Describe());
await host.StopAsync();
return 0;

/// <summary>An application service that gets its clients by injection.</summary>
internal sealed class Notifier(IVoiceClient voice, IEvoVoiceClient evo, IVoiceClientFactory voiceClients)
{
    private readonly IVoiceClient _branchOffice = voiceClients.Create("branch-office");

    public string Describe()
        => $"Ready: {voice.GetType().Name} (default subaccount), {_branchOffice.GetType().Name} (branch-office), {evo.GetType().Name}.";
}
