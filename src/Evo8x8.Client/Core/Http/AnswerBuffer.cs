namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Reads an answer's whole body inside the attempt that received it, so that the attempt timeout also bounds a
/// server that sends headers and then nothing, and refuses to read past the client's size limit (counted after
/// decompression, so a gzip bomb stops at the limit too).
/// </summary>
internal static class AnswerBuffer
{
    /// <summary>The default <c>MaxResponseBytes</c>: 16 MiB, far above the largest real answer (a full Evo session page).</summary>
    public const long DefaultLimit = 16 * 1024 * 1024;

    /// <summary>Buffers <paramref name="response"/>'s body, or throws the typed size or broken-answer error.</summary>
    public static Task LoadAsync(HttpResponseMessage response, RequestFacts request, long limit, CancellationToken cancellationToken)
    {
        HttpContent content = response.Content;
        if (content.Headers.ContentLength > limit)
        {
            return Task.FromException(ApiFailure.TooLarge(request, response.StatusCode, limit, null));
        }

#if NET9_0_OR_GREATER
        Task load;
        try
        {
            load = content.LoadIntoBufferAsync(limit, cancellationToken);
        }
        catch (Exception ex)
        {
            load = Task.FromException(ex);
        }

        // A small answer has usually arrived with its headers: no asynchronous step for it.
        return load.IsCompletedSuccessfully ? Task.CompletedTask : AwaitAsync(load, response, request, limit, cancellationToken);
#else
        return AwaitAsync(LoadWithCancellationAsync(response, limit, cancellationToken), response, request, limit, cancellationToken);
#endif
    }

#if !NET9_0_OR_GREATER
    // .NET 8 cannot cancel the read itself; disposing the answer aborts it.
    private static async Task LoadWithCancellationAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        using (cancellationToken.UnsafeRegister(static state => ((HttpResponseMessage)state!).Dispose(), response))
        {
            await response.Content.LoadIntoBufferAsync(limit).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
#endif

    private static async Task AwaitAsync(Task load, HttpResponseMessage response, RequestFacts request, long limit, CancellationToken cancellationToken)
    {
        try
        {
            await load.ConfigureAwait(false);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The attempt or total timeout, or the caller, gave up while the body was arriving: the service did answer.
            response.RequestMessage?.Options.Set(ApiRequestOptions.AnsweredStatus, response.StatusCode);
            throw new OperationCanceledException(cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.InnerException is null)
        {
            // HttpContent reports a body past its buffer limit this way, with no cause of its own.
            throw ApiFailure.TooLarge(request, response.StatusCode, limit, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or ObjectDisposedException)
        {
            throw ApiFailure.BrokenAnswer(request, response.StatusCode, ex);
        }
    }
}
