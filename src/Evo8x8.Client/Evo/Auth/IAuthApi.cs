using Evo8x8.Client.Core;

namespace Evo8x8.Client.Evo.Auth;

/// <summary>Evo Voice's authentication resource: who the client's credentials sign in as.</summary>
public interface IAuthApi
{
    /// <summary>
    /// <c>GET /auth/status</c>: the user the client's credentials belong to, with roles and accounts; a cheap way to
    /// check credentials and roles at start-up. Evo needs no role for it.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The user, or <see langword="null"/> when Evo answers with no user (its reference: "the current authenticated status or null").</returns>
    /// <exception cref="EvoApiException">Evo refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<UserInfo?> GetStatusAsync(CancellationToken cancellationToken = default);
}
