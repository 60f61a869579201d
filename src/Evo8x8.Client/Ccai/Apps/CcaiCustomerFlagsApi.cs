namespace Evo8x8.Client.Ccai.Apps;

/// <summary>The customer-flags resource of a <see cref="CcaiAppsClient"/>.</summary>
internal sealed class CcaiCustomerFlagsApi(CcaiAppsClient client) : ICcaiCustomerFlagsApi
{
    public Task<CcaiCustomerFlags> GetAsync(long callId, CancellationToken cancellationToken = default)
        => client.SendAsync(token => client.Routes.GetCustomerFlagsAsync(callId, token), "the customer flags", cancellationToken);

    public async Task UpdateAsync(long callId, CcaiCustomerFlags flags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flags);
        using HttpContent answer = await client.SendAsync(
            token => client.Routes.UpdateCustomerFlagsAsync(callId, new CustomerFlagsUpdate(flags), token), "an answer", cancellationToken).ConfigureAwait(false);
    }
}
