// Creates an Evo Voice session, reads it back and lists the latest sessions: the twin of README's
// "Evo Voice sessions" snippets. Runs against Evo when EVO_USERNAME and EVO_PASSWORD are set.
using Evo8x8.Client.Sessions;
using NodaTime;

string? userName = Environment.GetEnvironmentVariable("EVO_USERNAME");
string? password = Environment.GetEnvironmentVariable("EVO_PASSWORD");
string? baseUrl = Environment.GetEnvironmentVariable("EVO_BASE_URL");
if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password))
{
    Console.WriteLine("To run this sample against Evo Voice, set EVO_USERNAME and EVO_PASSWORD");
    Console.WriteLine($"(and EVO_BASE_URL to use another service, for example {EvoVoiceClientOptions.StagingBaseAddress} for staging).");
    return 0;
}

Uri baseAddress = EvoVoiceClientOptions.DefaultBaseAddress;
if (!string.IsNullOrEmpty(baseUrl))
{
    if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out Uri? custom))
    {
        Console.Error.WriteLine($"EVO_BASE_URL '{baseUrl}' is not an absolute address such as https://team.evovoice.io.");
        return 1;
    }

    baseAddress = custom;
}

// README snippet 1 of 2: create a session and read it back.
var evo = new EvoVoiceClient(new EvoVoiceClientOptions
{
    UserName = userName,
    Password = password,
    BaseAddress = baseAddress,
});

SessionInfo created = await evo.Sessions.CreateAsync(
    NewSession.OutgoingCall("+15551234567") with { DisplayName = "Created by the Evo8x8.Client sample" });

SessionInfo session = await evo.Sessions.GetAsync(created.Id!);
Console.WriteLine($"{session.Id}: {session.Channel} {session.Direction}, {session.CallState}");
Console.WriteLine($"created {session.DateCreated?.Value?.ToString() ?? session.DateCreated?.Raw}");

// README snippet 2 of 2: list sessions, newest first; pages are fetched as the loop needs them.
var lastWeek = new SessionListQuery
{
    StartDate = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(-7),
    SortField = "dateCreated",
    SortOrder = SortOrders.Descend,
};

int shown = 0;
await foreach (SessionInfo item in evo.Sessions.ListAsync(lastWeek))
{
    Console.WriteLine($"{item.DateCreated?.Raw} {item.Direction} {item.Destination} {item.Outcome}");
    if (++shown == 10)
    {
        break;
    }
}

return 0;
