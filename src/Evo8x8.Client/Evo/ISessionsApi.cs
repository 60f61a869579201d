using Evo8x8.Client.Core;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's sessions resource: create sessions (calls, chats, faxes), act on live ones (transfer, hold, end, add a
/// party, chat) and find old ones. Operations that follow only Evo's command-line tool say so.
/// </summary>
public partial interface ISessionsApi
{
    /// <summary>
    /// <c>GET /sessions/{sessionId}</c>: one session with its members. Evo's command-line tool says this route strips
    /// the log on the server; <see cref="GetWithLogAsync"/> gets the log either way.
    /// </summary>
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
    /// <c>GET /sessions</c>: every session that matches, as a pager: <c>await foreach</c> reads the sessions, fetching
    /// the next page only when the previous one has been read; <c>GetPageAsync(n)</c> reads one page with its totals
    /// (none under <see cref="SessionListQuery.SimplifiedPaging"/>), <c>AsPagesAsync()</c> every page. Safe against a
    /// confused server: enumeration stops at an empty page, at a page with no session it has not yielded yet (a
    /// repeated page), and after <see cref="SessionListQuery.MaxItems"/>; a session seen on an earlier page is not
    /// yielded twice.
    /// </summary>
    /// <param name="query">Filters, page size and order; all sessions Evo lets the user see when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels every request the pager sends.</param>
    /// <returns>The pager; nothing is sent until it is read.</returns>
    /// <exception cref="ArgumentException">A filter cannot be sent (an id with a comma, a page size below 1); nothing was sent.</exception>
    /// <exception cref="EvoApiException">Evo refused a page request (when the pager is read).</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable (when the pager is read).</exception>
    Evo8x8Pager<SessionInfo, SessionPage> ListAsync(SessionListQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// One session with its log: <c>GET /sessions/{sessionId}</c>, and, when that answer has no log (Evo's command-line
    /// tool says the route strips it), the same session through <c>GET /sessions?specificIds=…</c>, which carries it.
    /// </summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The session, with its log when Evo has one.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused a request (unknown id, wrong credentials).</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<SessionInfo> GetWithLogAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /sessions/active</c>: your own live sessions. Evo's command-line tool notes that it only works when the
    /// user is also a phone-user endpoint; <see cref="Calls.ICallsApi.ListActiveAsync"/> gives an account-wide view.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A pager over the sessions (one answer, page 0; <c>ToListAsync()</c> reads them); nothing is sent until it is read.</returns>
    /// <exception cref="EvoApiException">Evo refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Evo8x8Pager<SessionInfo, IReadOnlyList<SessionInfo>> ListActiveAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /sessions/my</c>: all your active sessions (Evo says <c>/sessions/active</c> will eventually replace it).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A pager over the sessions (one answer, page 0; <c>ToListAsync()</c> reads them); nothing is sent until it is read.</returns>
    /// <exception cref="EvoApiException">Evo refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Evo8x8Pager<SessionInfo, IReadOnlyList<SessionInfo>> ListMineAsync(CancellationToken cancellationToken = default);
}
