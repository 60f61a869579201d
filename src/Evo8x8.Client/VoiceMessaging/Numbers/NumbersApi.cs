using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging.Numbers;

/// <summary>The virtual numbers resource over HTTP.</summary>
internal sealed class NumbersApi(JsonApiConnection connection, VoiceClientOptions options) : INumbersApi
{
    private const string Template = "api/v1/subaccounts/{subAccountId}/numbers";

    private readonly string _path = $"api/v1/subaccounts/{Uri.EscapeDataString(options.SubAccountId)}/numbers";

    public Task<VirtualNumberList> ListAsync(CancellationToken cancellationToken = default)
        => connection.SendAsync(new ApiRoute(HttpMethod.Get, Template, _path), null, Evo8x8JsonContext.Default.VirtualNumberList, cancellationToken);

    public Task<VirtualNumberCheck> CheckAsync(string number, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new ArgumentException("The number to check is empty; pass a virtual number as 8x8 lists it, for example 6512345678.", nameof(number));
        }

        // The template keeps the number out of logs and metrics: it is a phone number.
        var route = new ApiRoute(HttpMethod.Get, Template + "/{number}", $"{_path}/{Uri.EscapeDataString(number)}");
        return connection.SendAsync(route, null, Evo8x8JsonContext.Default.VirtualNumberCheck, cancellationToken);
    }
}
