using System.Runtime.CompilerServices;
using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.Sessions;

/// <summary>The sessions resource over HTTP.</summary>
internal sealed class SessionsApi(JsonApiConnection connection) : ISessionsApi
{
    private const string CollectionTemplate = "sessions";
    private const string ItemTemplate = "sessions/{sessionId}";

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
        for (int page = 0; ; page++)
        {
            SessionPage result = await ListPageAsync(query, page, cancellationToken).ConfigureAwait(false);
            foreach (SessionInfo session in result.Items)
            {
                yield return session;
            }

            // An empty page ends the listing even if the totals claim more, so a confused server cannot loop us forever.
            if (result.Items.Count == 0 || !(result.HasMorePages || page + 1 < result.TotalPages))
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

    public Task EndAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var route = new ApiRoute(HttpMethod.Delete, ItemTemplate, ItemPath(sessionId));
        return connection.SendAsync(route, null, cancellationToken);
    }

    private static string ItemPath(string sessionId) => $"{CollectionTemplate}/{Uri.EscapeDataString(sessionId)}";
}
