using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.SpeechProfiles;

/// <summary>
/// The gender of a speech profile's voice as 8x8 writes it. 8x8 documents <c>F</c> only by example; any other
/// text it sends is kept as it is.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<SpeechProfileGender>))]
public readonly partial record struct SpeechProfileGender(string Value) : IWireValue<SpeechProfileGender>
{
    /// <summary><c>F</c>: a female voice.</summary>
    public static SpeechProfileGender Female { get; } = new("F");

    /// <summary><c>M</c>: a male voice.</summary>
    public static SpeechProfileGender Male { get; } = new("M");
}
