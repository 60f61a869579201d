using System.Net;
using System.Text.Json;
using Evo8x8.Client.Core;
using Evo8x8.Client.Evo.Json;

namespace Evo8x8.Client.Evo.Auth;

/// <summary>The authentication resource over the generated <see cref="IAuthRoutes"/>.</summary>
internal sealed class AuthApi(IAuthRoutes routes) : IAuthApi
{
    public async Task<UserInfo?> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        string text = await routes.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "null")
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, EvoJsonContext.Default.UserInfo);
        }
        catch (JsonException ex)
        {
            string message = $"{EvoService.Definition.Name} answered GET auth/status with HTTP 200 but the answer is not a user at JSON path {ex.Path ?? "$"}.";
            throw new Evo8x8TransportException(message, RequestDelivery.AnsweredUnreadable, HttpStatusCode.OK, ex);
        }
    }
}
