using Evo8x8.Client.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>
/// What the CCAI checks decided about one request: an answer, or what it carries (<typeparamref name="T"/>) with one
/// de-duplication claim per item to settle once your code ran.
/// </summary>
/// <typeparam name="T">The chat event, or the session events of a batch.</typeparam>
internal sealed class CcaiAdmission<T>(IResult? answer, T? value, IReadOnlyList<CcaiClaims.Claim> claims, Action<HttpContext, T>? accept, ILogger logger, string what)
    : IDeliveryAdmission
    where T : class
{
    public IResult? Answer => answer;

    /// <summary>What the request carries, duplicates left out; <see langword="null"/> with an answer.</summary>
    public T? Value => value;

    /// <summary>One claim per item of <see cref="Value"/>, in the same order.</summary>
    public IReadOnlyList<CcaiClaims.Claim> Claims => claims;

    public static CcaiAdmission<T> Answered(IResult answer, ILogger logger) => new(answer, null, [], null, logger, string.Empty);

    /// <param name="value">What the request carries.</param>
    /// <param name="claims">One claim per item.</param>
    /// <param name="accept">Puts the value on the request for the delivery parameter.</param>
    /// <param name="logger">Where a failure of your code is logged.</param>
    /// <param name="what">Names the delivery in that log line (never a secret).</param>
    public static CcaiAdmission<T> Admitted(T value, IReadOnlyList<CcaiClaims.Claim> claims, Action<HttpContext, T> accept, ILogger logger, string what)
        => new(null, value, claims, accept, logger, what);

    public void Accept(HttpContext context) => accept!(context, value!);

    public async Task<IResult> FailAsync(Exception exception)
    {
        logger.LogError(exception, "CCAI {What}: your handler failed; answered 500.", what);
        await ReleaseAsync().ConfigureAwait(false);
        return CcaiAnswer.HandlerFailed;
    }

    public Task ReleaseAsync() => SettleAsync(Claims, claim => claim.ReleaseAsync());

    public Task CompleteAsync() => SettleAsync(Claims, claim => claim.CompleteAsync());

    /// <summary>Settles the claims in order; the mapped endpoint settles item by item with the same call.</summary>
    public static async Task SettleAsync(IEnumerable<CcaiClaims.Claim> claims, Func<CcaiClaims.Claim, Task> settle)
    {
        foreach (CcaiClaims.Claim claim in claims)
        {
            await settle(claim).ConfigureAwait(false);
        }
    }
}
