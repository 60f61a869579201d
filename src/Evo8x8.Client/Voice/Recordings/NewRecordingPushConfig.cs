using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Voice.Recordings;

/// <summary>
/// Where 8x8 should upload recordings, with the credentials it signs in with. Every field is optional in
/// 8x8's schema; those left <see langword="null"/> are not sent. <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class NewRecordingPushConfig : ISecretBearer
{
    /// <summary>How recordings are uploaded, for example <see cref="RecordingPushProtocol.S3"/>.</summary>
    public RecordingPushProtocol? Protocol { get; init; }

    /// <summary>The server name, or the region for S3 (for example <c>ap-southeast-2</c>).</summary>
    public string? Host { get; init; }

    /// <summary>The server port.</summary>
    public int? Port { get; init; }

    /// <summary>The user name (for S3, the access key id).</summary>
    public string? Username { get; init; }

    /// <summary>The password (for S3, the secret key): a secret, never logged or shown.</summary>
    public string? Password { get; init; }

    /// <summary>The folder recordings are written to, for example <c>/my-recordings-path/</c>.</summary>
    public string? Path { get; init; }

    /// <summary>The password.</summary>
    IEnumerable<string?> ISecretBearer.Secrets => [Password];

    /// <summary>Shows the configuration with the password masked.</summary>
    public override string ToString()
        => $"NewRecordingPushConfig {{ Protocol = {Protocol}, Host = {Host}, Port = {Port}, Username = {Username}, Password = {(Password is null ? "<not set>" : "***")}, Path = {Path} }}";
}
