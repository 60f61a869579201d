using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Voice.LogExports;

/// <summary>What a voice log export covers: a period and a record limit, each optional (8x8 then applies its default).</summary>
public sealed class NewLogExport
{
    /// <summary>The start of the period, sent in UTC as <c>yyyy-MM-ddTHH:mm:ssZ</c>; 8x8's default is 7 days ago.</summary>
    [JsonConverter(typeof(WholeSecondInstantJsonConverter))]
    public Instant? From { get; init; }

    /// <summary>The end of the period, after <see cref="From"/>, sent like it; 8x8's default is today.</summary>
    [JsonConverter(typeof(WholeSecondInstantJsonConverter))]
    public Instant? To { get; init; }

    /// <summary>The most records to export; 0 means no limit (a long period without a limit takes 8x8 longer).</summary>
    public int? Limit { get; init; }
}
