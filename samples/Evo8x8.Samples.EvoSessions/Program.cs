// Creates an Evo Voice session, reads it back, lists the latest sessions, then transfers a call (hold,
// redirect), adds a party, ends it and searches with every filter: the twin of src/Evo8x8.Client/Evo/README.md's
// snippets. Runs against Evo when EVO_USERNAME and EVO_PASSWORD are set, and against the local emulator otherwise.
using System.Net;
using Evo8x8.Client.Evo;
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

// README snippet 1 of 5: create a session and read it back.
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

// README snippet 2 of 5: list sessions, newest first; pages are fetched as the loop needs them.
var lastWeek = new SessionListQuery
{
    StartDate = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(-7),
    SortField = "dateCreated",
    SortOrder = SortOrder.Descend,
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

// README snippet 3 of 5: transfer a live call: hold it while the new destination rings, redirect it, add a party, end it.
SessionInfo call = await evo.Sessions.CreateAsync(NewSession.OutgoingCall("+15551234567"));

SessionInfo held = await evo.Sessions.HoldAsync(call.Id!, SessionHoldReason.Transferring);
Console.WriteLine($"{held.Id}: {held.CallState} ({held.HoldReason}), held by {held.HeldByUserId}");

await evo.Sessions.RedirectAsync(call.Id!, "+15559876543");
SessionInfo transferred = await evo.Sessions.GetAsync(call.Id!);
Console.WriteLine($"transferred to {transferred.Destination}: {transferred.CallState}");

SessionInfo conference = await evo.Sessions.AddConferenceMemberAsync(call.Id!, "+15551112222");
Console.WriteLine($"conference {conference.ConferenceSid} with {conference.Members.Count} members");

await evo.Sessions.EndAsync(call.Id!);

// README snippet 4 of 5: an outgoing call run by one of your Evo flows (Manager or SystemAdministrator only).
try
{
    await evo.Sessions.CreateOutgoingAsync(new NewOutgoingSession { FlowId = "your-flow-id", NumberToDial = "+18144043093" });
}
catch (EvoApiException ex) when (ex.HttpStatus == HttpStatusCode.Forbidden)
{
    Console.WriteLine(ex.Message);
}

// README snippet 5 of 5: search, archive included, and read one session with its log.
var search = new SessionListQuery
{
    SearchArchive = true,
    To = "+1555",
    Log = "voicemail",
    SortField = "dateCreated",
    SortOrder = SortOrder.Descend,
    SimplifiedPaging = true,
    MaxItems = 50,
};

await foreach (SessionInfo old in evo.Sessions.ListAsync(search))
{
    Console.WriteLine($"{old.DateCreated?.Raw} {old.ToAddress} {old.Outcome}");
}

SessionInfo withLog = await evo.Sessions.GetWithLogAsync(call.Id!);
foreach (SessionLogInfo entry in withLog.Log)
{
    Console.WriteLine($"{entry.Date?.Raw} {entry.Message}");
}

return 0;
