using System.Text.Json.Serialization;
using Evo8x8.Client.Evo.Json;

namespace Evo8x8.Client.Evo;

/// <summary>One entry of a session's log: what Evo's flow did and when.</summary>
public sealed class SessionLogInfo
{
    /// <summary>When the entry was written; <see langword="null"/> when Evo sent no date.</summary>
    [JsonConverter(typeof(EvoTimestampJsonConverter))]
    public EvoTimestamp? Date { get; init; }

    /// <summary>The entry's text, verbatim.</summary>
    public string? Message { get; init; }
}
