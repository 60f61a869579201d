using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>role</c> of one member of a session: why that member takes part. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<SessionMemberRoles>))]
public readonly record struct SessionMemberRoles(string Value) : IWireValue<SessionMemberRoles>
{
    /// <summary><c>None</c>: no particular role.</summary>
    public static SessionMemberRoles None { get; } = new("None");

    /// <summary><c>Caller</c>: the party that called or was called.</summary>
    public static SessionMemberRoles Caller { get; } = new("Caller");

    /// <summary><c>Agent</c>: an agent handling the call.</summary>
    public static SessionMemberRoles Agent { get; } = new("Agent");

    /// <summary><c>Transfer</c>: a party the call is being transferred to.</summary>
    public static SessionMemberRoles Transfer { get; } = new("Transfer");

    static IReadOnlyList<SessionMemberRoles> IWireValue<SessionMemberRoles>.Known { get; } = [None, Caller, Agent, Transfer];

    string IWireValue<SessionMemberRoles>.WireText => Value;

    static SessionMemberRoles IWireValue<SessionMemberRoles>.FromWire(string text) => new(text);

    /// <summary>The text as Evo sends it.</summary>
    public override string ToString() => Value ?? string.Empty;
}
