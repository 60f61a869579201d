using System.Globalization;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using NodaTime.Text;

namespace Evo8x8.Client.Testing.Voice.Calls;

internal sealed partial class SimulatedSession
{
    /// <summary>Stores the recording and reports it by VRU, as 8x8 does once the file reached the push endpoint.</summary>
    private async Task UploadRecordingAsync(CancellationToken cancellationToken)
    {
        if (_recordingFrom is not { } from || context.Recordings.Config is not { } config)
        {
            return;
        }

        string recordingId = Guid.NewGuid().ToString();
        string stamp = InstantPattern.ExtendedIso.Format(from);
        string folder = from.InUtc().Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string endpoint = $"{config.Host}{config.Path.TrimEnd('/')}";
        var recording = new EmulatedRecording(
            recordingId,
            facts.SessionId,
            from,
            _now - from,
            $"{endpoint}/{folder}/{facts.SessionId}/{recordingId}_{stamp}.mp3",
            $"https://{endpoint}/{facts.SessionId}/{recordingId}_{Uri.EscapeDataString(stamp)}.mp3");
        context.Recordings.Add(recording);
        await context.Sender.SendAsync(WebhookType.RecordingUploaded, WebhookEventType.CallRecordingStatus, facts.SessionId, UploadEventJson.RecordingUploaded(recording), cancellationToken).ConfigureAwait(false);
    }
}
