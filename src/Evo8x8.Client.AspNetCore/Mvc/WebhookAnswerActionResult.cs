using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Evo8x8.Client.AspNetCore.Mvc;

/// <summary>The shared checks' answer (a refusal, or 200 for a duplicate) as an MVC result.</summary>
internal sealed class WebhookAnswerActionResult(IResult answer) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => answer.ExecuteAsync(context.HttpContext);
}
