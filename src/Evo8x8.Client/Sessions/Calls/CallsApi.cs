using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.Sessions.Calls;

/// <summary>The calls resource over HTTP.</summary>
internal sealed class CallsApi(JsonApiConnection connection) : ICallsApi
{
    internal const string ActiveTemplate = "calls/active";

    public async Task<IReadOnlyList<CallInfo>> ListActiveAsync(string? accountId = null, CancellationToken cancellationToken = default)
    {
        string path = string.IsNullOrEmpty(accountId) ? ActiveTemplate : $"{ActiveTemplate}?accountId={Uri.EscapeDataString(accountId)}";
        var route = new ApiRoute(HttpMethod.Get, ActiveTemplate, path);
        ActiveCallsBody body = await connection.SendAsync(route, null, Evo8x8JsonContext.Default.ActiveCallsBody, cancellationToken).ConfigureAwait(false);
        return body.Calls ?? [];
    }
}
