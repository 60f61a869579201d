using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// A refusal as problem details (RFC 9457), written by hand: no stack trace, no exception text beyond the parse message,
/// and never a secret.
/// </summary>
internal sealed class WebhookProblem(int status, string title, string detail) : IResult
{
    // Our own words: the relaxed encoder keeps "endpoint's" readable instead of "endpoint\u0027s".
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Text that quotes the body (member names, values): every character HTML gives a meaning to is escaped.
    private static readonly JsonWriterOptions QuotingWriterOptions = new() { Encoder = JavaScriptEncoder.Default };

    public int Status { get; } = status;

    /// <summary>The detail quotes the sender's input, so it is written with every HTML-significant character JSON-escaped.</summary>
    public bool QuotesInput { get; init; }

    /// <summary>The <c>Retry-After</c> header in seconds, for a refusal that a later delivery would not meet.</summary>
    public string? RetryAfterSeconds { get; init; }

    /// <summary>Writes the problem answer, or closes the connection when the client can no longer receive one.</summary>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        if (httpContext.RequestAborted.IsCancellationRequested || httpContext.Response.HasStarted)
        {
            httpContext.Abort();
            return;
        }

        try
        {
            await WriteAsync(httpContext).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            httpContext.Abort();
        }
    }

    private async Task WriteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = "application/problem+json; charset=utf-8";
        if (RetryAfterSeconds is { } retryAfter)
        {
            httpContext.Response.Headers.RetryAfter = retryAfter;
        }

        httpContext.Response.Headers.XContentTypeOptions = "nosniff";
        using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, QuotesInput ? QuotingWriterOptions : WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "about:blank");
            writer.WriteString("title"u8, title);
            writer.WriteNumber("status"u8, Status);
            writer.WriteString("detail"u8, detail);
            writer.WriteEndObject();
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }

    public static WebhookProblem HandlerFailed()
        => new(StatusCodes.Status500InternalServerError, "Webhook handler failed", "The event was received but could not be handled; 8x8 may deliver it again.");
}
