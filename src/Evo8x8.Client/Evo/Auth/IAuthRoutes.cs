using Evo8x8.Client.Core.Http;
using Refit;

namespace Evo8x8.Client.Evo.Auth;

/// <summary>
/// Evo Voice's authentication routes as Refit declares them. The status is read as text because Evo may answer it
/// with nothing or <c>null</c>, which is not an error.
/// </summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface IAuthRoutes
{
    [Get("/auth/status")]
    Task<string> GetStatusAsync(CancellationToken cancellationToken);
}
