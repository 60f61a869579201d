using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>A CCAI endpoint's answer: a status without a body (the platform documents none), and the Basic challenge on a 401 where it applies.</summary>
internal sealed class CcaiAnswer(int statusCode, string? basicRealm = null) : IResult, IStatusCodeHttpResult
{
    public static readonly CcaiAnswer Ok = new(StatusCodes.Status200OK);

    public static readonly CcaiAnswer HandlerFailed = new(StatusCodes.Status500InternalServerError);

    int? IStatusCodeHttpResult.StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        if (basicRealm is not null)
        {
            httpContext.Response.Headers.WWWAuthenticate = $"Basic realm=\"{basicRealm}\"";
        }

        return Task.CompletedTask;
    }
}
