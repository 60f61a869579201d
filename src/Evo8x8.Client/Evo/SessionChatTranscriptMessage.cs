using System.Text.Json.Serialization;
using Evo8x8.Client.Evo.Json;

namespace Evo8x8.Client.Evo;

/// <summary>One message of a <see cref="SessionChatTranscript"/>.</summary>
public sealed class SessionChatTranscriptMessage
{
    /// <summary>When the message was written.</summary>
    [JsonConverter(typeof(EvoTimestampJsonConverter))]
    public EvoTimestamp? Date { get; init; }

    /// <summary>Who wrote it.</summary>
    public string? From { get; init; }

    /// <summary>The text.</summary>
    public string? Body { get; init; }

    /// <summary>Address of an attached picture or file, if any, as Evo sent it.</summary>
    public string? MediaUri { get; init; }

    /// <summary>The media type of the attachment, for example <c>image/png</c>.</summary>
    public string? MediaContentType { get; init; }
}
