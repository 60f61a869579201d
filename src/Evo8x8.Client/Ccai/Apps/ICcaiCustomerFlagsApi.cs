namespace Evo8x8.Client.Ccai.Apps;

/// <summary>A call's reserved customer flags (<c>/calls/{id}/customer_flag</c>); reached as <see cref="ICcaiAppsClient.CustomerFlags"/>, mockable in tests.</summary>
public interface ICcaiCustomerFlagsApi
{
    /// <summary>Reads a call's reserved customer flags (<c>GET /calls/{id}/customer_flag</c>).</summary>
    /// <param name="callId">The call.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The flags.</returns>
    /// <exception cref="CcaiApiException">The Apps API refused it (for example 404 for an unknown call).</exception>
    Task<CcaiCustomerFlags> GetAsync(long callId, CancellationToken cancellationToken = default);

    /// <summary>Updates a call's reserved customer flags (<c>PATCH /calls/{id}/customer_flag</c>); unset flags are not sent.</summary>
    /// <param name="callId">The call.</param>
    /// <param name="flags">The flags to set.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>A task that completes when the platform accepted the update.</returns>
    /// <exception cref="CcaiApiException">The Apps API refused it.</exception>
    Task UpdateAsync(long callId, CcaiCustomerFlags flags, CancellationToken cancellationToken = default);
}
