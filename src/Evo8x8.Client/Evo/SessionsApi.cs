using System.Runtime.CompilerServices;
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

    public async IAsyncEnumerable<SessionInfo> ListAsync(
        SessionListQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        query ??= new SessionListQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int yielded = 0;
        for (int page = 0; ; page++)
        {
            SessionPage result = await ListPageAsync(query, page, cancellationToken).ConfigureAwait(false);
            bool anyNew = false;
            foreach (SessionInfo session in result.Items)
            {
                // Sessions created while we list shift the pages; one seen before is not news.
                if (session.Id is { } id && !seen.Add(id))
                {
                    continue;
                }

                anyNew = true;
                yield return session;
                if (++yielded == query.MaxItems)
                {
                    yield break;
                }
            }

            // An empty or repeated page ends the listing whatever the totals claim, so a confused server cannot loop us.
            if (!anyNew || !MorePagesFollow(query, result, page))
            {
                yield break;
            }
        }
    }

    public Task<SessionPage> ListPageAsync(SessionListQuery? query = null, int page = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        query ??= new SessionListQuery();
        SessionListQueryString.Validate(query);
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
        SessionPage page = await ListPageAsync(query, 0, cancellationToken).ConfigureAwait(false);
        return page.Items.FirstOrDefault(item => item.Id == sessionId) ?? session;
    }

    public async Task<IReadOnlyList<SessionInfo>> ListActiveAsync(CancellationToken cancellationToken = default)
        => (await EvoService.RequireAsync(routes.ListActiveAsync(cancellationToken), "the active sessions").ConfigureAwait(false)).Sessions ?? [];

    public async Task<IReadOnlyList<SessionInfo>> ListMineAsync(CancellationToken cancellationToken = default)
        => (await EvoService.RequireAsync(routes.ListMineAsync(cancellationToken), "your sessions").ConfigureAwait(false)).Sessions ?? [];

    private static bool MorePagesFollow(SessionListQuery query, SessionPage result, int page)
        => result.HasMorePages
            || page + 1 < result.TotalPages
            || (query.SimplifiedPaging == true && query.All != true && result.Items.Count >= (query.CountPerPage ?? EvoDefaultCountPerPage));

    private static string? Join(IReadOnlyList<string>? ids) => ids is { Count: > 0 } ? string.Join(',', ids) : null;

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // ServiceStack reads either case; lower case is what its own clients send.
    private static string? Flag(bool? value) => value switch { true => "true", false => "false", null => null };
}
