using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.Sessions.Auth;

/// <summary>The authentication resource over HTTP.</summary>
internal sealed class AuthApi(JsonApiConnection connection) : IAuthApi
{
    private const string StatusTemplate = "auth/status";

    public Task<UserInfo?> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var route = new ApiRoute(HttpMethod.Get, StatusTemplate, StatusTemplate);
        return connection.SendOptionalAsync(route, null, Evo8x8JsonContext.Default.UserInfo, cancellationToken);
    }
}
