using Evo8x8.Client.Core;
using NodaTime.Text;

namespace Evo8x8.Client.Evo;

/// <summary>
/// The sessions resource: validation and paging over the generated <see cref="ISessionsRoutes"/> (reading and listing
/// here, the other operations in the partial files by concern).
/// </summary>
internal sealed partial class SessionsApi(ISessionsRoutes routes) : ISessionsApi
{
    private const int EvoDefaultCountPerPage = 25;

    public Task<SessionInfo> GetAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return EvoService.RequireAsync(routes.GetAsync(sessionId, cancellationToken), "a session");
    }

    public Task<SessionInfo> CreateAsync(NewSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return EvoService.RequireAsync(routes.CreateAsync(session, cancellationToken), "the created session");
    }

    public Evo8x8Pager<SessionInfo, SessionPage> ListAsync(SessionListQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new SessionListQuery();
        SessionListQueryString.Validate(query);
        return new Evo8x8Pager<SessionInfo, SessionPage>(
            (page, token) => ListPageAsync(query, page, token),
            result => result.Items,
            cancellationToken,
            (result, page) => MorePagesFollow(query, result, page),
            session => session.Id,
            query.MaxItems);
    }

    private Task<SessionPage> ListPageAsync(SessionListQuery query, int page, CancellationToken cancellationToken)
    {
        Task<SessionPage> call = routes.ListPageAsync(
            Join(query.AccountIds),
            Flag(query.SearchArchive),
            query.StartDate is { } start ? LocalDatePattern.Iso.Format(start) : null,
            query.EndDate is { } end ? LocalDatePattern.Iso.Format(end) : null,
            Join(query.CustomerIds),
            Join(query.EndpointIds),
            Empty(query.From),
            Empty(query.To),
            Empty(query.Log),
            Empty(query.ParentSessionId),
            page,
            Flag(query.All),
            query.CountPerPage,
            Join(query.SpecificIds),
            Empty(query.SortField),
            query.SortOrder?.ToString(),
            Flag(query.SimplifiedPaging),
            cancellationToken);
        return EvoService.RequireAsync(call, "a page of sessions");
    }

    public async Task<SessionInfo> GetWithLogAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        SessionInfo session = await GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (session.Log.Count > 0)
        {
            return session;
        }

        // Evo's CLI reads logs this way because GET /sessions/{id} strips them; a listing names the account as the CLI does.
        var query = new SessionListQuery { SpecificIds = [sessionId], AccountIds = session.AccountId is { Length: > 0 } account ? [account] : null };
        SessionListQueryString.Validate(query);
        SessionPage page = await ListPageAsync(query, 0, cancellationToken).ConfigureAwait(false);
        return page.Items.FirstOrDefault(item => item.Id == sessionId) ?? session;
    }

    public Evo8x8Pager<SessionInfo, IReadOnlyList<SessionInfo>> ListActiveAsync(CancellationToken cancellationToken = default)
        => new(async (_, token) => (await EvoService.RequireAsync(routes.ListActiveAsync(token), "the active sessions").ConfigureAwait(false)).Sessions ?? [], sessions => sessions, cancellationToken);

    public Evo8x8Pager<SessionInfo, IReadOnlyList<SessionInfo>> ListMineAsync(CancellationToken cancellationToken = default)
        => new(async (_, token) => (await EvoService.RequireAsync(routes.ListMineAsync(token), "your sessions").ConfigureAwait(false)).Sessions ?? [], sessions => sessions, cancellationToken);

    private static bool MorePagesFollow(SessionListQuery query, SessionPage result, int page)
        => result.HasMorePages
            || page + 1 < result.TotalPages
            || (query.SimplifiedPaging == true && query.All != true && result.Items.Count >= (query.CountPerPage ?? EvoDefaultCountPerPage));

    private static string? Join(IReadOnlyList<string>? ids) => ids is { Count: > 0 } ? string.Join(',', ids) : null;

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // ServiceStack reads either case; lower case is what its own clients send.
    private static string? Flag(bool? value) => value switch { true => "true", false => "false", null => null };
}
