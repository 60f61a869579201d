namespace Evo8x8.Client.Voice.Numbers;

/// <summary>The virtual numbers resource over the generated <see cref="INumbersRoutes"/>.</summary>
internal sealed class NumbersApi(INumbersRoutes routes, VoiceAccount account) : INumbersApi
{
    public Task<VirtualNumberList> ListAsync(CancellationToken cancellationToken = default)
        => VoiceService.RequireAsync(routes.ListAsync(account.SubAccountId, cancellationToken), "the numbers");

    public Task<VirtualNumberCheck> CheckAsync(string number, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new ArgumentException("The number to check is empty; pass a virtual number as 8x8 lists it, for example 6512345678.", nameof(number));
        }

        return VoiceService.RequireAsync(routes.CheckAsync(account.SubAccountId, number, cancellationToken), "the number check");
    }
}
