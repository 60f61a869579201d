using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Voice;

/// <summary>What every 8x8 route of one client is called with: the subaccount in the path, and the client's bearer value for masking.</summary>
/// <param name="SubAccountId">The subaccount; Refit escapes it into the path.</param>
/// <param name="Authorization">The client's <c>Authorization</c> value (added by its pipeline); never logged or shown.</param>
internal sealed record VoiceAccount(string SubAccountId, RequestAuthorization Authorization)
{
    /// <summary>Shows the subaccount only.</summary>
    public override string ToString() => $"VoiceAccount {{ SubAccountId = {SubAccountId} }}";
}
