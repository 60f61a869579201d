using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice.Numbers;

/// <summary>The virtual numbers resource over the generated <see cref="INumbersRoutes"/>.</summary>
internal sealed class NumbersApi(INumbersRoutes routes, VoiceAccount account) : INumbersApi
{
    public Evo8x8Pager<VirtualNumber, VirtualNumberList> ListAsync(CancellationToken cancellationToken = default)
        => new((_, token) => VoiceService.RequireAsync(routes.ListAsync(account.SubAccountId, token), "the numbers"), list => list.Numbers, cancellationToken);

    public Task<VirtualNumberCheck> CheckAsync(string number, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new ArgumentException("The number to check is empty; pass a virtual number as 8x8 lists it, for example 6512345678.", nameof(number));
        }

        // An E.164 number, with or without its '+': anything else is no number 8x8 could hold, and would be put in the path.
        string digits = number.StartsWith('+') ? number[1..] : number;
        if (digits.Length is 0 or > 15 || !digits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The number to check is not an E.164 number; pass a virtual number as 8x8 lists it, for example 6512345678. Nothing was sent.", nameof(number));
        }

        return VoiceService.RequireAsync(routes.CheckAsync(account.SubAccountId, number, cancellationToken), "the number check");
    }
}
