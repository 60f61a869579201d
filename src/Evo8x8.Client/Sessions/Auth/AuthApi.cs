using System.Net;
using System.Text.Json;
using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.Sessions.Auth;

/// <summary>The authentication resource over the generated <see cref="IAuthRoutes"/>.</summary>
internal sealed class AuthApi(IAuthRoutes routes, string authorization) : IAuthApi
{
    public async Task<UserInfo?> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        string text = await routes.GetStatusAsync(authorization, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "null")
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, Evo8x8JsonContext.Default.UserInfo);
        }
        catch (JsonException ex)
        {
            string message = $"{EvoVoiceClient.ServiceName} answered GET auth/status with HTTP 200 but the answer is not a user at JSON path {ex.Path ?? "$"}.";
            throw new Evo8x8TransportException(ApiFailure.Text(message), RequestDelivery.AnsweredUnreadable, HttpStatusCode.OK, ex);
        }
    }
}
