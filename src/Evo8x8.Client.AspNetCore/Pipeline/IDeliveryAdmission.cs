using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// One delivery after the checks of its sender (8x8, CCAI chat webhooks, CCAI session events): either an answer to send
/// instead of running your code, or a delivery to hand to it, with the de-duplication claims to settle afterwards. The
/// endpoint filters and the MVC attributes of every sender run through this one contract.
/// </summary>
internal interface IDeliveryAdmission
{
    /// <summary>The answer to send instead of running your code (a refusal, or 200 for a duplicate), or <see langword="null"/>.</summary>
    IResult? Answer { get; }

    /// <summary>Puts the checked delivery on the request, where its parameter binding finds it.</summary>
    void Accept(HttpContext context);

    /// <summary>Logs the failure, gives the claims back and returns the 500 answer: the redelivery must run your code again.</summary>
    Task<IResult> FailAsync(Exception exception);

    /// <summary>Gives the claims back without an answer: your code failed or answered an error.</summary>
    Task ReleaseAsync();

    /// <summary>Marks the claims done: your code succeeded, so a duplicate from now on is answered 200 unprocessed.</summary>
    Task CompleteAsync();
}
