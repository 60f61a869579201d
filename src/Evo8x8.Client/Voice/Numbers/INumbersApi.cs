using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice.Numbers;

/// <summary>8x8's virtual numbers resource: the numbers assigned to the subaccount and their health.</summary>
public interface INumbersApi
{
    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/numbers</c>: every virtual number of the subaccount, with prices and health.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A pager, read with <c>await foreach</c> (every item) or <c>GetPageAsync()</c> (8x8's answer: the numbers and when any of them last changed); nothing is sent until then.</returns>
    /// <exception cref="VoiceApiException">8x8 refused the request with a JSON error body.</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body (401, 403, 404).</exception>
    Evo8x8Pager<VirtualNumber, VirtualNumberList> ListAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/numbers/{number}</c>: checks that one number is assigned to the subaccount.</summary>
    /// <param name="number">The number, written as 8x8 lists it in <see cref="VirtualNumber.Msisdn"/>; sent URL-escaped.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The number's reference id and country.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is empty; nothing was sent.</exception>
    /// <exception cref="VoiceApiException">The number is not assigned to the subaccount (404), or 8x8 refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body.</exception>
    Task<VirtualNumberCheck> CheckAsync(string number, CancellationToken cancellationToken = default);
}
