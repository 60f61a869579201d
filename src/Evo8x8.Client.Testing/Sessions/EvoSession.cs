using System.Text.Json;
using NodaTime;

namespace Evo8x8.Client.Testing.Sessions;

/// <summary>
/// One Evo Voice session the emulator keeps, read from a raw <c>NewSession</c> body with ServiceStack's
/// leniency: property names in any case, enum values in any case (answered in Evo's own spelling).
/// </summary>
internal sealed class EvoSession
{
    public static readonly IReadOnlyList<string> Channels = ["Voice", "Chat", "Fax"];
    public static readonly IReadOnlyList<string> Directions = ["Incoming", "Outgoing"];
    public static readonly IReadOnlyList<string> CallStates = ["Disconnected", "Ringing", "Connected", "Hold", "Passive"];

    private static readonly string[] TextFields =
        ["displayName", "fromAddress", "fromName", "toAddress", "parentSessionId", "customerId", "withAddress", "fromPhoneNumber", "destination"];

    public required string Id { get; init; }

    public required Instant DateCreated { get; init; }

    public required string CreatedBy { get; init; }

    public Instant DateLastModified { get; set; }

    public Instant? DateCompleted { get; set; }

    public required IReadOnlyDictionary<string, string> Texts { get; init; }

    public required string Channel { get; init; }

    public required string Direction { get; init; }

    public required string CallState { get; set; }

    public required IReadOnlyList<string> MemberEmails { get; init; }

    public List<(Instant Date, string Message)> Log { get; } = [];

    public bool Ended { get; set; }

    public string? Text(string name) => Texts.TryGetValue(name, out string? value) ? value : null;

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
        FieldError? channelProblem = Choice(fields, "channel", Channels, "FlowChannels", "Voice", out string channel);
        FieldError? directionProblem = Choice(fields, "direction", Directions, "SessionDirections", "Outgoing", out string direction);
        FieldError? callStateProblem = Choice(fields, "callState", CallStates, "SessionCallState", "Connected", out string callState);
        FieldError? problem = channelProblem ?? directionProblem ?? callStateProblem;
        if (problem is not null)
        {
            return problem;
        }

        List<string> members = [];
        if (fields.TryGetValue("memberEmailAddresses", out JsonElement emails) && emails.ValueKind == JsonValueKind.Array)
        {
            members.AddRange(emails.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
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
            MemberEmails = members,
        };
        session.Log.Add((now, $"Session created by {user}"));
        return null;
    }

    private static FieldError? Choice(Dictionary<string, JsonElement> fields, string name, IReadOnlyList<string> allowed, string enumName, string fallback, out string chosen)
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
