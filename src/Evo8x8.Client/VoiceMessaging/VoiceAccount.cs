namespace Evo8x8.Client.VoiceMessaging;

/// <summary>What every 8x8 route of one client is called with: the subaccount in the path and the bearer header.</summary>
/// <param name="SubAccountId">The subaccount; Refit escapes it into the path.</param>
/// <param name="Authorization">The <c>Authorization</c> header value; never logged or shown.</param>
internal sealed record VoiceAccount(string SubAccountId, string Authorization)
{
    /// <summary>Shows the subaccount only.</summary>
    public override string ToString() => $"VoiceAccount {{ SubAccountId = {SubAccountId} }}";
}
