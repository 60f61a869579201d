using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// Whether the end-user agreed to have the session recorded (<c>recording_permission</c>), captured once for the
/// whole session. The spellings of one value are equal: <c>not_asked</c>, <c>not asked</c>, <c>Not Asked</c> and the
/// Apps API's input form <c>recording_permission_not_asked</c>. A value the platform adds later is kept with its text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<CcaiRecordingPermission>))]
public readonly partial record struct CcaiRecordingPermission(string Value) : IWireValue<CcaiRecordingPermission>
{
    /// <summary><c>granted</c>: the end-user opted in to recording.</summary>
    public static CcaiRecordingPermission Granted { get; } = new("granted");

    /// <summary><c>denied</c>: the end-user opted out of recording.</summary>
    public static CcaiRecordingPermission Denied { get; } = new("denied");

    /// <summary><c>not_asked</c>: the end-user was not asked.</summary>
    public static CcaiRecordingPermission NotAsked { get; } = new("not_asked");

    /// <summary>Compares ignoring case, separators and the <c>recording_permission_</c> prefix of the Apps API's input form.</summary>
    /// <param name="other">The permission to compare with.</param>
    /// <returns>True when both name the same permission.</returns>
    public bool Equals(CcaiRecordingPermission other) => CcaiVocabularyKey.Equal(Unprefixed(Value), Unprefixed(other.Value));

    /// <summary>A hash consistent with <see cref="Equals(CcaiRecordingPermission)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => CcaiVocabularyKey.Hash(Unprefixed(Value));

    private static ReadOnlySpan<char> Unprefixed(string? text)
    {
        const string Prefix = "recording_permission_";
        ReadOnlySpan<char> span = text.AsSpan();
        return span.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? span[Prefix.Length..] : span;
    }
}
