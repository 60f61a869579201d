using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice;

/// <summary>
/// 8x8's <c>sessionStatus</c> in a callflow answer: whether a session was created. Values 8x8 adds later
/// are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<CallflowSessionStatus>))]
public readonly partial record struct CallflowSessionStatus(string Value) : IWireValue<CallflowSessionStatus>
{
    /// <summary>The text as 8x8 sends it; empty, never null, when an answer left the field out.</summary>
    public string Value { get => field ?? string.Empty; init; } = Value;

    /// <summary><c>CREATED</c>: the call was accepted and is being placed.</summary>
    public static CallflowSessionStatus Created { get; } = new("CREATED");

    /// <summary><c>NOT_CREATED</c>: the request was refused; the status code says why.</summary>
    public static CallflowSessionStatus NotCreated { get; } = new("NOT_CREATED");
}
