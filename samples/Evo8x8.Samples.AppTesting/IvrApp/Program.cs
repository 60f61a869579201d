using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice;
using Evo8x8.Samples.IvrApp;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddEightByEightVoice(builder.Configuration.GetSection("Evo8x8:Voice"));
builder.Services.AddSingleton<CallJournal>();
WebApplication app = builder.Build();

// 8x8 posts call actions (VCA) and session summaries (VSS) here, with the Authorization value registered with it.
app.MapEightByEightWebhooks<IvrHandler>("/webhooks/8x8", options => options.AuthorizationHeaderValue = app.Configuration["Webhooks:Authorization"]);

// Places the IVR call and answers the 8x8 session id.
app.MapPost("/calls/{number}", async (string number, IVoiceClient voice, CancellationToken cancellationToken) =>
{
    Callflow menu = new CallflowBuilder()
        .MakeCall(source: "+6588000000", destination: number)
        .SayAndCapture("Welcome. Press 1 for sales, or 2 for support.", IvrHandler.Voice, minDigits: 1, maxDigits: 1)
        .Build();
    CallflowResult result = await voice.Callflows.SendAsync(menu, cancellationToken);
    return Results.Text(result.SessionId);
});

app.Run();

/// <summary>The app's entry point, public so that WebApplicationFactory&lt;Program&gt; can start it.</summary>
public partial class Program;
