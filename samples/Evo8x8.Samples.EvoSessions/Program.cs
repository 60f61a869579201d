// Creates an Evo Voice session, reads it back and lists the latest sessions: the twin of README's
// "Evo Voice sessions" snippets. Runs against Evo when EVO_USERNAME and EVO_PASSWORD are set, and
// against the local emulator otherwise.
using Evo8x8.Client.Sessions;
using Evo8x8.Client.Testing;
using NodaTime;

string userName = Environment.GetEnvironmentVariable("EVO_USERNAME") ?? string.Empty;
string password = Environment.GetEnvironmentVariable("EVO_PASSWORD") ?? string.Empty;
string? baseUrl = Environment.GetEnvironmentVariable("EVO_BASE_URL");
Uri baseAddress = EvoVoiceClientOptions.DefaultBaseAddress;
await using Evo8x8Emulator? emulator = userName.Length == 0 || password.Length == 0
    ? await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions { Clock = SystemClock.Instance })
    : null;
if (emulator is not null)
{
    Console.WriteLine("EVO_USERNAME and EVO_PASSWORD are not set: running against the local emulator.");
    Console.WriteLine($"(Set them, and EVO_BASE_URL for another service such as {EvoVoiceClientOptions.StagingBaseAddress}, to use Evo Voice.)");
    userName = emulator.EvoUserName;
    password = emulator.EvoPassword;
    baseAddress = emulator.BaseAddress;
}
else if (!string.IsNullOrEmpty(baseUrl))
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
