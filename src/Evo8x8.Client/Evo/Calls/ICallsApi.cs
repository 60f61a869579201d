using Evo8x8.Client.Core;

namespace Evo8x8.Client.Evo.Calls;

/// <summary>Evo Voice's calls resource: the call legs live right now across an account.</summary>
public interface ICallsApi
{
    /// <summary>
    /// <c>GET /calls/active</c>: every live call leg of an account. Needs Evo's Manager or SystemAdministrator role
    /// (some of Evo's pages also accept CallCenterDashboard); a 403 says so.
    /// </summary>
    /// <param name="accountId">The account to look at; Evo's default for the user when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A pager over the live calls (one answer, page 0; <c>ToListAsync()</c> reads them); nothing is sent until it is read.</returns>
    /// <exception cref="EvoApiException">Evo refused the request (wrong credentials, missing role).</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Evo8x8Pager<CallInfo, IReadOnlyList<CallInfo>> ListActiveAsync(string? accountId = null, CancellationToken cancellationToken = default);
}
