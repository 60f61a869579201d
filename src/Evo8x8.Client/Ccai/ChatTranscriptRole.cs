using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// Who wrote a chat transcript entry (<c>role</c>). Spellings compare ignoring case and separators; a role the
/// platform adds later is kept with its text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<ChatTranscriptRole>))]
public readonly partial record struct ChatTranscriptRole(string Value) : IWireValue<ChatTranscriptRole>
{
    /// <summary><c>end_user</c>: the customer.</summary>
    public static ChatTranscriptRole EndUser { get; } = new("end_user");

    /// <summary><c>agent</c>: a human agent.</summary>
    public static ChatTranscriptRole Agent { get; } = new("agent");

    /// <summary><c>manager</c>: a manager who joined the chat.</summary>
    public static ChatTranscriptRole Manager { get; } = new("manager");

    /// <summary><c>virtual_agent</c>: a virtual agent (bot).</summary>
    public static ChatTranscriptRole VirtualAgent { get; } = new("virtual_agent");

    /// <summary><c>external_agent</c>: an agent outside the platform.</summary>
    public static ChatTranscriptRole ExternalAgent { get; } = new("external_agent");

    /// <summary><c>task_virtual_agent</c>: a virtual agent doing a task.</summary>
    public static ChatTranscriptRole TaskVirtualAgent { get; } = new("task_virtual_agent");

    /// <summary><c>system</c>: the platform itself (notifications, actions).</summary>
    public static ChatTranscriptRole System { get; } = new("system");

    /// <summary>Compares ignoring case and separators.</summary>
    /// <param name="other">The role to compare with.</param>
    /// <returns>True when both name the same role.</returns>
    public bool Equals(ChatTranscriptRole other) => CcaiVocabularyKey.Equal(Value, other.Value);

    /// <summary>A hash consistent with <see cref="Equals(ChatTranscriptRole)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => CcaiVocabularyKey.Hash(Value);
}
