using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo.Auth;

/// <summary>
/// Evo Voice's <c>managerAccess</c> of a user: what the user may do in Evo's manager. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<UserManagerAccess>))]
public readonly partial record struct UserManagerAccess(string Value) : IWireValue<UserManagerAccess>
{
    /// <summary><c>ReadOnly</c>: may look, not change.</summary>
    public static UserManagerAccess ReadOnly { get; } = new("ReadOnly");

    /// <summary><c>ReadWrite</c>: may look and change.</summary>
    public static UserManagerAccess ReadWrite { get; } = new("ReadWrite");

    /// <summary><c>ReadWriteDelete</c>: may look, change and delete.</summary>
    public static UserManagerAccess ReadWriteDelete { get; } = new("ReadWriteDelete");
}
