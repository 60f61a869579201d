namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>
/// The HTTP Basic credentials CCAI Platform sends with external session events, one pair per channel (Developer Settings &gt;
/// Session Data Export). Read through <c>IOptionsMonitor</c>; <see cref="ToString"/> never shows a password.
/// </summary>
public sealed class CcaiSessionEventOptions
{
    /// <summary>The user name configured for call events.</summary>
    public string? CallsUserName { get; set; }

    /// <summary>The password configured for call events.</summary>
    public string? CallsPassword { get; set; }

    /// <summary>The user name configured for chat events.</summary>
    public string? ChatsUserName { get; set; }

    /// <summary>The password configured for chat events.</summary>
    public string? ChatsPassword { get; set; }

    /// <summary>The largest body accepted, in bytes (default 4 MiB, a batch holds several events); a larger one is answered 413.</summary>
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Shows the user names with the passwords masked.</summary>
    /// <returns>The settings, without any password.</returns>
    public override string ToString()
        => $"CcaiSessionEventOptions {{ CallsUserName = {CallsUserName}, CallsPassword = {(string.IsNullOrEmpty(CallsPassword) ? "<not set>" : "***")}, ChatsUserName = {ChatsUserName}, ChatsPassword = {(string.IsNullOrEmpty(ChatsPassword) ? "<not set>" : "***")} }}";
}
