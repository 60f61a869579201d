using System.Runtime.CompilerServices;
using Evo8x8.Client.Http;
using NodaTime.Text;

namespace Evo8x8.Client.Sessions;

/// <summary>The sessions resource: validation and paging over the generated <see cref="ISessionsRoutes"/>.</summary>
internal sealed class SessionsApi(ISessionsRoutes routes, string authorization) : ISessionsApi
{
    public async Task<SessionInfo> GetAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return await routes.GetAsync(sessionId, authorization, cancellationToken).ConfigureAwait(false)
            ?? throw ApiFailure.NullAnswer(EvoVoiceClient.ServiceName, "a session");
    }

    public async Task<SessionInfo> CreateAsync(NewSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return await routes.CreateAsync(session, authorization, cancellationToken).ConfigureAwait(false)
            ?? throw ApiFailure.NullAnswer(EvoVoiceClient.ServiceName, "the created session");
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

    public async Task<SessionPage> ListPageAsync(SessionListQuery? query = null, int page = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        query ??= new SessionListQuery();
        SessionListQueryString.Validate(query);
        return await routes.ListPageAsync(
                Join(query.AccountIds),
                query.StartDate is { } start ? LocalDatePattern.Iso.Format(start) : null,
                query.EndDate is { } end ? LocalDatePattern.Iso.Format(end) : null,
                Join(query.CustomerIds),
                Join(query.EndpointIds),
                Empty(query.From),
                Empty(query.To),
                Empty(query.ParentSessionId),
                page,
                query.CountPerPage,
                Empty(query.SortField),
                query.SortOrder?.ToString(),
                authorization,
                cancellationToken).ConfigureAwait(false)
            ?? throw ApiFailure.NullAnswer(EvoVoiceClient.ServiceName, "a page of sessions");
    }

    public async Task EndAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        using HttpContent _ = await routes.EndAsync(sessionId, authorization, cancellationToken).ConfigureAwait(false);
    }

    private static string? Join(IReadOnlyList<string>? ids) => ids is { Count: > 0 } ? string.Join(',', ids) : null;

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
