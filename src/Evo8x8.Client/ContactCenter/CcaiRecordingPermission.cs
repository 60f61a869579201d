using System.Text.Json.Serialization;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.ContactCenter;

/// <summary>
/// Whether the end-user agreed to have the session recorded (<c>recording_permission</c>), captured once for the
/// whole session. A value the platform adds later is kept with its text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<CcaiRecordingPermission>))]
public readonly record struct CcaiRecordingPermission(string Value) : IWireValue<CcaiRecordingPermission>
{
    /// <summary><c>granted</c>: the end-user opted in to recording.</summary>
    public static CcaiRecordingPermission Granted { get; } = new("granted");

    /// <summary><c>denied</c>: the end-user opted out of recording.</summary>
    public static CcaiRecordingPermission Denied { get; } = new("denied");

    /// <summary><c>not_asked</c>: the end-user was not asked.</summary>
    public static CcaiRecordingPermission NotAsked { get; } = new("not_asked");

    static IReadOnlyList<CcaiRecordingPermission> IWireValue<CcaiRecordingPermission>.Known { get; } = [Granted, Denied, NotAsked];

    string IWireValue<CcaiRecordingPermission>.WireText => Value;

    static CcaiRecordingPermission IWireValue<CcaiRecordingPermission>.FromWire(string text) => new(text);

    /// <summary>The text as the file carries it.</summary>
    public override string ToString() => Value ?? string.Empty;
}
