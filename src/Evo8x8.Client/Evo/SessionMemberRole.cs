using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>role</c> of one member of a session: why that member takes part. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<SessionMemberRole>))]
public readonly partial record struct SessionMemberRole(string Value) : IWireValue<SessionMemberRole>
{
    /// <summary><c>None</c>: no particular role.</summary>
    public static SessionMemberRole None { get; } = new("None");

    /// <summary><c>Caller</c>: the party that called or was called.</summary>
    public static SessionMemberRole Caller { get; } = new("Caller");

    /// <summary><c>Agent</c>: an agent handling the call.</summary>
    public static SessionMemberRole Agent { get; } = new("Agent");

    /// <summary><c>Transfer</c>: a party the call is being transferred to.</summary>
    public static SessionMemberRole Transfer { get; } = new("Transfer");
}
