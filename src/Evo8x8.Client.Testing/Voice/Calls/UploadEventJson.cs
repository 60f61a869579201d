using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Testing.Voice.Calls;

/// <summary>The bodies of the VRU (<c>CALL_RECORDING_STATUS</c>) and VNU (<c>VIRTUAL_NUMBER_UPDATE</c>) events, in the shape of 8x8's samples.</summary>
internal static class UploadEventJson
{
    public static string RecordingUploaded(EmulatedRecording recording)
        => VoiceEventJson.Envelope("CALL_RECORDING_STATUS", "Call recording status updated", writer =>
        {
            writer.WriteString("sessionId", recording.SessionId);
            writer.WriteString("recordingId", recording.RecordingId);
            writer.WriteNumber("durationSeconds", (long)recording.Length.TotalSeconds);
            writer.WriteString("filePath", recording.FilePath);
            writer.WriteString("status", "UPLOAD_COMPLETED");
        });

    public static string NumbersUpdated(string subAccountId, IReadOnlyList<EmulatedVirtualNumber> numbers, Instant at)
        => VoiceEventJson.Envelope("VIRTUAL_NUMBER_UPDATE", "Status of account virtual number(s) updated", writer =>
        {
            writer.WriteString("subAccountId", subAccountId);
            writer.WriteNumber("totalNumbers", numbers.Count);
            writer.WriteString("updateEventType", "SNAPSHOT");
            writer.WriteStartArray("virtualNumbers");
            foreach (EmulatedVirtualNumber number in numbers)
            {
                writer.WriteStartObject();
                writer.WriteString("msisdn", number.Msisdn);
                writer.WriteString("updatedTimestamp", InstantPattern.ExtendedIso.Format(at));
                VirtualNumberJson.WriteTerms(writer, number);
                writer.WriteString("billingCurrency", "USD");
                writer.WriteBoolean("numberHealthCheckEnabled", false);
                writer.WriteString("updateStatus", "NO_CHANGE");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
}
