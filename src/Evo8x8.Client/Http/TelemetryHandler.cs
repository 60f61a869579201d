using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Evo8x8.Client.Serialization;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.Http;

/// <summary>
/// Logs and measures each attempt of a request: verb, route template, status, duration, attempt number and the
/// request id the service gave (8x8's <c>callFlowRequestId</c>). Sits inside <see cref="ResilienceHandler"/>, so
/// it sees every attempt.
/// </summary>
/// <remarks>
/// It never logs a header, a path or a body: credentials and phone numbers travel only there. Error text is
/// passed through <see cref="SecretMask"/>. A JSON answer is buffered here to read its request id, which
/// costs nothing extra because the connection reads the whole body anyway.
/// </remarks>
internal sealed class TelemetryHandler(TimeProvider time, ILogger logger) : DelegatingHandler
{
    private const string RequestIdProperty = "callFlowRequestId";
    private const long LargestBufferedBody = 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestFacts facts = RequestFacts.Of(request);
        int attempt = request.Options.TryGetValue(ApiRequestOptions.Attempt, out int number) ? number : 1;
        long started = time.GetTimestamp();
        try
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            // Only 8x8 answers carry a callFlowRequestId; other services' bodies (Evo's pages) are not buffered for it.
            string? requestId = facts.Service == VoiceMessaging.VoiceClient.ServiceName
                ? await ReadRequestIdAsync(response, cancellationToken).ConfigureAwait(false)
                : null;
            TimeSpan elapsed = time.GetElapsedTime(started);
            Evo8x8Telemetry.RecordAttempt(facts, RequestFacts.Outcome(response.StatusCode, null), attempt, elapsed);
            LogLevel level = response.IsSuccessStatusCode ? LogLevel.Information : LogLevel.Warning;
            HttpLog.AttemptAnswered(
                logger, level, facts.Service, facts.Method, facts.RouteTemplate, (int)response.StatusCode, (long)elapsed.TotalMilliseconds, attempt, requestId);
            return response;
        }
        catch (Exception ex)
        {
            TimeSpan elapsed = time.GetElapsedTime(started);
            Evo8x8Telemetry.RecordAttempt(facts, RequestFacts.Outcome(null, ex), attempt, elapsed);
            SecretMask mask = request.Options.TryGetValue(ApiRequestOptions.SecretMask, out SecretMask? known) ? known : SecretMask.None;
            HttpLog.AttemptFailed(logger, facts.Service, facts.Method, facts.RouteTemplate, (long)elapsed.TotalMilliseconds, attempt, Describe(ex, mask));
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

    /// <summary>Buffers a JSON answer and returns its top-level <c>callFlowRequestId</c>, when it has one.</summary>
    private static async Task<string?> ReadRequestIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        HttpContent content = response.Content;
        if (content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) != true
            || content.Headers.ContentLength > LargestBufferedBody)
        {
            return null;
        }

        byte[] body = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var buffered = new ByteArrayContent(body);
        foreach (KeyValuePair<string, IEnumerable<string>> header in content.Headers)
        {
            if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        response.Content = buffered;
        content.Dispose();
        return FindRequestId(body);
    }

    private static string? FindRequestId(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // An escaped name may escape a lone surrogate, which ValueTextEquals refuses with an exception.
                bool wanted = reader.ValueIsEscaped
                    ? WireToken.TryGetText(ref reader, out string name) && name == RequestIdProperty
                    : reader.ValueTextEquals(RequestIdProperty);
                reader.Read();
                if (wanted && reader.TokenType == JsonTokenType.String)
                {
                    // An id that escapes a lone surrogate is not text a log can carry.
                    return WireToken.TryGetText(ref reader, out string id) ? id : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // An unreadable body is the connection's to report; the log line simply has no request id.
        }

        return null;
    }
}
