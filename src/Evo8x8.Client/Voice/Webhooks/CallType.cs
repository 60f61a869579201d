using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The <c>callType</c> of a call leg: where it was initiated. Voice messaging legs are always
/// <see cref="Pstn"/>; values 8x8 adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<CallType>))]
public readonly partial record struct CallType(string Value) : IWireValue<CallType>
{
    /// <summary><c>PSTN</c>: a telephone network call (telco operators).</summary>
    public static CallType Pstn { get; } = new("PSTN");

    /// <summary><c>VOIP</c>: a call from a Voice SDK user.</summary>
    public static CallType Voip { get; } = new("VOIP");
}
