using System.Text.Json;
using NodaTime;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>
/// One Evo Voice session the emulator keeps, read from a raw <c>NewSession</c> body with ServiceStack's
/// leniency: property names in any case, enum values in any case (answered in Evo's own spelling). Its state is
/// changed by the call-control and chat operations under the store's lock.
/// </summary>
internal sealed class EvoSession
{
    public static readonly IReadOnlyList<string> Channels = ["Voice", "Chat", "Fax"];
    public static readonly IReadOnlyList<string> Directions = ["Incoming", "Outgoing"];
    public static readonly IReadOnlyList<string> CallStates = ["Disconnected", "Ringing", "Connected", "Hold", "Passive"];
    public static readonly IReadOnlyList<string> HoldReasons = ["None", "Transferring"];
    public static readonly IReadOnlyList<string> QueueStates = ["None", "Queued", "Ringing", "Connected", "Hold", "Disconnected"];

    private static readonly string[] TextFields =
        ["displayName", "fromAddress", "fromName", "toAddress", "parentSessionId", "customerId", "withAddress", "fromPhoneNumber", "destination"];

    public required string Id { get; init; }

    public required Instant DateCreated { get; init; }

    public required string CreatedBy { get; init; }

    public Instant DateLastModified { get; set; }

    public Instant? DateCompleted { get; set; }

    public required Dictionary<string, string> Texts { get; init; }

    public required string Channel { get; init; }

    public required string Direction { get; init; }

    public required string CallState { get; set; }

    public string HoldReason { get; set; } = "None";

    public string QueueState { get; set; } = "None";

    public string? HeldByUserId { get; set; }

    public string? CallSid { get; set; }

    public string? ConferenceSid { get; set; }

    public string? MostRecentParticipantCallSid { get; set; }

    public string? Outcome { get; set; }

    public List<EvoMember> Members { get; } = [];

    public List<EvoMessage> Messages { get; } = [];

    public List<(Instant Date, string Message)> Log { get; } = [];

    public bool Ended { get; set; }

    public string? Text(string name) => Texts.TryGetValue(name, out string? value) ? value : null;

    /// <summary>Records a change: the log entry and the modification date.</summary>
    public void Note(Instant now, string message)
    {
        DateLastModified = now;
        Log.Add((now, message));
    }

    /// <summary>Ends the session and every member's leg, once.</summary>
    public void End(Instant now, string message, string? outcome = null)
    {
        if (Ended)
        {
            return;
        }

        Ended = true;
        CallState = "Disconnected";
        HoldReason = "None";
        HeldByUserId = null;
        DateCompleted = now;
        Outcome ??= outcome;
        Members.ForEach(member => member.CallState = "None");
        Note(now, message);
    }

    /// <summary>Reads a NewSession; returns the problem (as a ServiceStack field error) when a value cannot bind.</summary>
    public static FieldError? TryRead(JsonElement root, string id, string user, Instant now, out EvoSession? session)
    {
        session = null;
        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonProperty property in root.EnumerateObject())
        {
            fields[property.Name] = property.Value;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in TextFields)
        {
            if (fields.TryGetValue(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null)
            {
                if (value.ValueKind != JsonValueKind.String)
                {
                    return new FieldError("SerializationException", name, $"'{value.GetRawText()}' is not a string");
                }

                texts[name] = value.GetString()!;
            }
        }

        texts.TryAdd("fromAddress", user);
        FieldError? channelProblem = Choice(fields, "channel", Channels, "FlowChannel", "Voice", out string channel);
        FieldError? directionProblem = Choice(fields, "direction", Directions, "SessionDirection", "Outgoing", out string direction);
        FieldError? callStateProblem = Choice(fields, "callState", CallStates, "SessionCallState", "Connected", out string callState);
        FieldError? problem = channelProblem ?? directionProblem ?? callStateProblem;
        if (problem is not null)
        {
            return problem;
        }

        List<string> emails = [];
        if (fields.TryGetValue("memberEmailAddresses", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            emails.AddRange(list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        }

        session = new EvoSession
        {
            Id = id,
            DateCreated = now,
            DateLastModified = now,
            CreatedBy = user,
            Texts = texts,
            Channel = channel,
            Direction = direction,
            CallState = callState,
            CallSid = channel == "Voice" ? "CA" + id : null,
        };
        session.Members.AddRange(emails.Select(email => new EvoMember(email, "Agent", isOriginal: true) { CallState = "Connected" }));
        session.Log.Add((now, $"Session created by {user}"));
        return null;
    }

    internal static FieldError? Choice(Dictionary<string, JsonElement> fields, string name, IReadOnlyList<string> allowed, string enumName, string fallback, out string chosen)
    {
        chosen = fallback;
        if (!fields.TryGetValue(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        string? given = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        string? match = allowed.FirstOrDefault(a => string.Equals(a, given, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return new FieldError("SerializationException", name, $"'{given}' is not a valid {enumName}");
        }

        chosen = match;
        return null;
    }
}
