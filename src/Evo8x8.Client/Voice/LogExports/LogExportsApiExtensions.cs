using Evo8x8.Client.Core;
using NodaTime;

namespace Evo8x8.Client.Voice.LogExports;

/// <summary>Waiting for a voice log export job, on top of <see cref="ILogExportsApi"/> (so any implementation, a test double too, gets it).</summary>
public static class LogExportsApiExtensions
{
    /// <summary>
    /// Polls <see cref="ILogExportsApi.GetResultAsync"/> until the job is final (<see cref="LogExportStatus.IsFinal"/>):
    /// once at once, then every <paramref name="pollInterval"/>, for at most <paramref name="timeout"/> in all.
    /// </summary>
    /// <param name="logExports">The log exports resource, for example <c>voiceClient.LogExports</c>.</param>
    /// <param name="jobId">The id from <see cref="ILogExportsApi.StartAsync"/>.</param>
    /// <param name="pollInterval">The wait between two polls; at least one millisecond.</param>
    /// <param name="timeout">The longest the whole wait may take; at least <see cref="Duration.Zero"/> (zero polls once).</param>
    /// <param name="timeProvider">Where waiting comes from: <see cref="TimeProvider.System"/> when <see langword="null"/>, a fake one in tests.</param>
    /// <param name="cancellationToken">Cancels the wait and the request in flight.</param>
    /// <returns>The final result: succeeded (with its download links), failed, cancelled, empty, error or a status 8x8 adds later.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pollInterval"/> or <paramref name="timeout"/> is out of range.</exception>
    /// <exception cref="Evo8x8ApiException">The job was still queued or running when <paramref name="timeout"/> passed, or a poll failed.</exception>
    public static async Task<LogExportResult> WaitForCompletionAsync(
        this ILogExportsApi logExports,
        string jobId,
        Duration pollInterval,
        Duration timeout,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logExports);
        ArgumentOutOfRangeException.ThrowIfLessThan(pollInterval, Duration.FromMilliseconds(1));
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, Duration.Zero);
        TimeProvider time = timeProvider ?? TimeProvider.System;
        DateTimeOffset deadline = time.GetUtcNow() + timeout.ToTimeSpan();
        while (true)
        {
            LogExportResult result = await logExports.GetResultAsync(jobId, cancellationToken).ConfigureAwait(false);
            if (result.Status.IsFinal)
            {
                return result;
            }

            TimeSpan left = deadline - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                throw new Evo8x8ApiException(
                    $"The log export job '{jobId}' was still {result.Status} after {timeout.TotalSeconds:0.###} s, the timeout of the wait; poll it again later or cancel it.",
                    httpStatus: null);
            }

            TimeSpan wait = pollInterval.ToTimeSpan();
            await Task.Delay(wait < left ? wait : left, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
