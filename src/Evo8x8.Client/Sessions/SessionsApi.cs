using System.Runtime.CompilerServices;
using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.Sessions;

/// <summary>The sessions resource over HTTP: reading and listing (the other operations are in the partial files by concern).</summary>
internal sealed partial class SessionsApi(JsonApiConnection connection) : ISessionsApi
{
    private const string CollectionTemplate = "sessions";
    private const string ItemTemplate = "sessions/{sessionId}";
    private const int EvoDefaultCountPerPage = 25;

    public Task<SessionInfo> GetAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var route = new ApiRoute(HttpMethod.Get, ItemTemplate, ItemPath(sessionId));
        return connection.SendAsync(route, null, Evo8x8JsonContext.Default.SessionInfo, cancellationToken);
    }

    public async Task<SessionInfo> CreateAsync(NewSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var route = new ApiRoute(HttpMethod.Post, CollectionTemplate, CollectionTemplate);
        using ByteArrayContent body = JsonApiConnection.JsonBody(session, Evo8x8JsonContext.Default.NewSession);
        return await connection.SendAsync(route, body, Evo8x8JsonContext.Default.SessionInfo, cancellationToken).ConfigureAwait(false);
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
        string path = CollectionTemplate + SessionListQueryString.Build(query ?? new SessionListQuery(), page);
        var route = new ApiRoute(HttpMethod.Get, CollectionTemplate, path);
        return connection.SendAsync(route, null, Evo8x8JsonContext.Default.SessionPage, cancellationToken);
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

    public Task<IReadOnlyList<SessionInfo>> ListActiveAsync(CancellationToken cancellationToken = default)
        => ListSessionsBodyAsync("sessions/active", cancellationToken);

    public Task<IReadOnlyList<SessionInfo>> ListMineAsync(CancellationToken cancellationToken = default)
        => ListSessionsBodyAsync("sessions/my", cancellationToken);

    private async Task<IReadOnlyList<SessionInfo>> ListSessionsBodyAsync(string template, CancellationToken cancellationToken)
    {
        var route = new ApiRoute(HttpMethod.Get, template, template);
        SessionListBody body = await connection.SendAsync(route, null, Evo8x8JsonContext.Default.SessionListBody, cancellationToken).ConfigureAwait(false);
        return body.Sessions ?? [];
    }

    private static bool MorePagesFollow(SessionListQuery query, SessionPage result, int page)
        => result.HasMorePages
            || page + 1 < result.TotalPages
            || (query.SimplifiedPaging == true && query.All != true && result.Items.Count >= (query.CountPerPage ?? EvoDefaultCountPerPage));

    private static string ItemPath(string sessionId, string? rest = null) => $"{CollectionTemplate}/{Uri.EscapeDataString(sessionId)}{rest}";
}
