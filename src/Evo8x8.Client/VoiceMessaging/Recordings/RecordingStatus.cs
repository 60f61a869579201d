using System.Text.Json.Serialization;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging.Recordings;

/// <summary>
/// Where a recording stands. 8x8 shows only <c>completed</c> in its examples; any other text it sends is
/// kept as it is.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<RecordingStatus>))]
public readonly record struct RecordingStatus(string Value) : IWireValue<RecordingStatus>
{
    /// <summary><c>completed</c>: the recording is finished.</summary>
    public static RecordingStatus Completed { get; } = new("completed");

    static IReadOnlyList<RecordingStatus> IWireValue<RecordingStatus>.Known { get; } = [Completed];

    string IWireValue<RecordingStatus>.WireText => Value;

    static RecordingStatus IWireValue<RecordingStatus>.FromWire(string text) => new(text);

    /// <summary>The text as 8x8 sends it.</summary>
    public override string ToString() => Value ?? string.Empty;
}
