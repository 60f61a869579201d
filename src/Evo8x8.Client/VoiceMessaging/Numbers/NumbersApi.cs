using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging.Numbers;

/// <summary>The virtual numbers resource over HTTP.</summary>
internal sealed class NumbersApi(JsonApiConnection connection, VoiceClientOptions options) : INumbersApi
{
    private readonly SubAccountResource _numbers = new(options, "numbers");

    public Task<VirtualNumberList> ListAsync(CancellationToken cancellationToken = default)
        => connection.SendAsync(_numbers.Route(HttpMethod.Get), null, Evo8x8JsonContext.Default.VirtualNumberList, cancellationToken);

    public Task<VirtualNumberCheck> CheckAsync(string number, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new ArgumentException("The number to check is empty; pass a virtual number as 8x8 lists it, for example 6512345678.", nameof(number));
        }

        // The template keeps the number out of logs and metrics: it is a phone number.
        ApiRoute route = _numbers.Item(HttpMethod.Get, "number", number);
        return connection.SendAsync(route, null, Evo8x8JsonContext.Default.VirtualNumberCheck, cancellationToken);
    }
}
