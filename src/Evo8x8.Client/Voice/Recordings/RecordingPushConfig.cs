namespace Evo8x8.Client.Voice.Recordings;

/// <summary>Where 8x8 uploads the subaccount's recordings, as 8x8 reports it; the password is never returned.</summary>
public sealed class RecordingPushConfig
{
    /// <summary>True in the answer to a delete: the configuration was removed.</summary>
    public bool? Delete { get; init; }

    /// <summary>The subaccount the configuration belongs to.</summary>
    public string? SubAccountId { get; init; }

    /// <summary>How recordings are uploaded.</summary>
    public RecordingPushProtocol? Protocol { get; init; }

    /// <summary>The server name, or the region for S3.</summary>
    public string? Host { get; init; }

    /// <summary>The server port.</summary>
    public int? Port { get; init; }

    /// <summary>The user name 8x8 signs in with.</summary>
    public string? Username { get; init; }

    /// <summary>Whether a password is stored (the password itself is never returned).</summary>
    public bool? PasswordSet { get; init; }

    /// <summary>The folder recordings are written to.</summary>
    public string? Path { get; init; }

    /// <summary>8x8's status code for the request (0 in its examples of success).</summary>
    public int? StatusCode { get; init; }

    /// <summary>8x8's status message, verbatim.</summary>
    public string? StatusMessage { get; init; }
}
