using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Core.Json;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Runs one attempt of a request: sends it, reads the whole answer body within the attempt (bounded by the client's
/// <c>MaxResponseBytes</c>), and logs and measures it: verb, route template, status, duration, attempt number and
/// the request id the service gave (8x8's <c>callFlowRequestId</c>). Sits inside <see cref="ResilienceHandler"/>, so
/// it sees every attempt and the attempt timeout covers the body.
/// </summary>
/// <remarks>
/// It never logs a header, a path or a body: credentials and phone numbers travel only there. Error text is
/// passed through <see cref="SecretMask"/>. The request id is read from the first bytes of the buffered body,
/// which is neither copied nor replaced, and only when the log line is written.
/// </remarks>
internal sealed class TelemetryHandler(TimeProvider time, ILogger logger, long maxResponseBytes) : DelegatingHandler
{

    // 8x8 puts callFlowRequestId among the first few properties; a longer head is not worth scanning for a log line.
    private const int RequestIdScanBytes = 4096;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestFacts facts = RequestFacts.Of(request);
        await SecretMask.AttachAsync(request, cancellationToken).ConfigureAwait(false);
        int attempt = request.Options.TryGetValue(ApiRequestOptions.Attempt, out int number) ? number : 1;
        long started = time.GetTimestamp();
        try
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                // A streamed download's file is the caller's to read; its error answers are read here like any other.
                if (!response.IsSuccessStatusCode || !request.Options.TryGetValue(ApiRequestOptions.Streamed, out bool streamed) || !streamed)
                {
                    await AnswerBuffer.LoadAsync(response, facts, maxResponseBytes, cancellationToken).ConfigureAwait(false);
                }
            }
            catch
            {
                response.Dispose();
                throw;
            }

            TimeSpan elapsed = time.GetElapsedTime(started);
            Evo8x8Telemetry.RecordAttempt(facts, RequestFacts.Outcome(response.StatusCode, null), attempt, elapsed);
            LogLevel level = response.IsSuccessStatusCode ? LogLevel.Information : LogLevel.Warning;
            if (logger.IsEnabled(level))
            {
                // Only a service that names a request-id member (8x8's callFlowRequestId) has its answers scanned for one.
                string? requestId = request.Options.TryGetValue(ApiRequestOptions.Service, out ServiceDefinition? service) && service.RequestIdMember is { } member
                    ? ReadRequestId(response.Content, member, cancellationToken)
                    : null;
                if (string.IsNullOrEmpty(requestId))
                {
                    HttpLog.AttemptAnsweredWithoutRequestId(
                        logger, level, facts.Service, facts.Method, facts.RouteTemplate, (int)response.StatusCode, (long)elapsed.TotalMilliseconds, attempt);
                }
                else
                {
                    HttpLog.AttemptAnswered(
                        logger, level, facts.Service, facts.Method, facts.RouteTemplate, (int)response.StatusCode, (long)elapsed.TotalMilliseconds, attempt, requestId);
                }
            }

            return response;
        }
        catch (Exception ex)
        {
            TimeSpan elapsed = time.GetElapsedTime(started);
            Evo8x8Telemetry.RecordAttempt(facts, RequestFacts.Outcome(null, ex), attempt, elapsed);
            HttpLog.AttemptFailed(
                logger, facts.Service, facts.Method, facts.RouteTemplate, (long)elapsed.TotalMilliseconds, attempt, Describe(ex, SecretMask.For(request)));
            Activity.Current?.AddEvent(new ActivityEvent("attempt failed", tags: new ActivityTagsCollection { { "evo8x8.attempt", attempt }, { "error.type", ex.GetType().Name } }));
            throw;
        }
    }

    /// <summary>The messages of an exception and its causes, with the request's secrets and anything like a phone number masked.</summary>
    internal static string Describe(Exception exception, SecretMask mask)
    {
        var text = new StringBuilder();
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            text.Append(text.Length == 0 ? string.Empty : " <- ").Append(inner.GetType().Name).Append(": ").Append(inner.Message);
        }

        return mask.Apply(text.ToString());
    }

    /// <summary>The top-level <paramref name="member"/> of a buffered JSON answer, when its first bytes hold one; never throws.</summary>
    private static string? ReadRequestId(HttpContent content, string member, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        // The buffered content hands out one seekable stream over memory, which Refit reads next: rewind it after the peek.
        Stream stream = content.ReadAsStream(cancellationToken);
        if (!stream.CanSeek)
        {
            return null;
        }

        byte[] head = ArrayPool<byte>.Shared.Rent(RequestIdScanBytes);
        try
        {
            int length = stream.ReadAtLeast(head.AsSpan(0, RequestIdScanBytes), RequestIdScanBytes, throwOnEndOfStream: false);
            stream.Position = 0;
            return FindRequestId(head.AsSpan(0, length), member, isFinalBlock: length < RequestIdScanBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    internal static string? FindRequestId(ReadOnlySpan<byte> body, string member, bool isFinalBlock)
    {
        try
        {
            var reader = new Utf8JsonReader(body, isFinalBlock, default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // An escaped name may escape a lone surrogate, which ValueTextEquals refuses with an exception.
                bool wanted = reader.ValueIsEscaped
                    ? WireToken.TryGetText(ref reader, out string name) && name == member
                    : reader.ValueTextEquals(member);
                if (!reader.Read())
                {
                    return null;
                }

                if (wanted)
                {
                    return reader.TokenType == JsonTokenType.String ? NullableTextJsonConverter.ReadString(ref reader) : null;
                }

                if (!reader.TrySkip())
                {
                    return null;
                }
            }
        }
        catch (JsonException)
        {
            // An unreadable body is the deserializer's to report; the log line simply has no request id.
        }

        return null;
    }
}
