namespace Evo8x8.Client.Sessions;

/// <summary>Evo Voice's sessions resource: create sessions (calls, chats, faxes) and read what happened in them.</summary>
public interface ISessionsApi
{
    /// <summary><c>GET /sessions/{sessionId}</c>: one session with its members and full log.</summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the request (unknown id, wrong credentials, missing role).</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<SessionInfo> GetAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /sessions</c>: creates a session and returns it as Evo stored it. Sent once, never retried: a repeat
    /// would create a second session.
    /// </summary>
    /// <param name="session">The session to create; <see cref="NewSession.OutgoingCall"/> makes an outgoing call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created session, with its <see cref="SessionInfo.Id"/>.</returns>
    /// <exception cref="EvoApiException">Evo refused the session; <see cref="EvoApiException.FieldErrors"/> says which fields.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<SessionInfo> CreateAsync(NewSession session, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /sessions</c>: every session that matches, fetching the next page only when the previous one has been
    /// enumerated. Based on Evo's CLI, not on its API reference: filters and paging may differ on the server.
    /// </summary>
    /// <param name="query">Filters, page size and order; all sessions Evo lets the user see when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request in flight and stops the enumeration.</param>
    /// <returns>The sessions, page after page.</returns>
    /// <exception cref="ArgumentException">A filter cannot be sent (an id with a comma, a page size below 1).</exception>
    /// <exception cref="EvoApiException">Evo refused a page request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    IAsyncEnumerable<SessionInfo> ListAsync(SessionListQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /sessions</c>: one page of the sessions that match, with the totals. Based on Evo's CLI, not on its
    /// API reference.
    /// </summary>
    /// <param name="query">Filters, page size and order; all sessions Evo lets the user see when <see langword="null"/>.</param>
    /// <param name="page">The page to fetch, counting from 0.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentException">A filter cannot be sent, or <paramref name="page"/> is negative.</exception>
    /// <exception cref="EvoApiException">Evo refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<SessionPage> ListPageAsync(SessionListQuery? query = null, int page = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>DELETE /sessions/{sessionId}</c>: ends a session. Based on Evo's CLI, not on its API reference, and
    /// uncertain: the CLI's own documentation names only a bulk <c>DELETE /sessions</c> by date range, so Evo may
    /// answer this route with 404 or 405 (raised as <see cref="EvoApiException"/>).
    /// </summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when Evo accepted the request.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task EndAsync(string sessionId, CancellationToken cancellationToken = default);
}
