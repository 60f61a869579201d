using Evo8x8.Client.Voice.Recordings;
using Evo8x8.Client.Voice;

namespace Evo8x8.Samples.Recording;

public static class RecordingWalkthrough
{
    public static async Task ConfigurePushAsync(IVoiceClient voice, string? password)
    {
        // 1. Once per subaccount: where 8x8 uploads finished recordings (S3 region or SFTP host). The password is a
        //    secret: ToString() masks it and 8x8 answers only passwordSet.
        await voice.RecordingPushConfig.CreateAsync(new NewRecordingPushConfig
        {
            Protocol = RecordingPushProtocol.S3,
            Host = "ap-southeast-2",
            Port = 443,
            Username = "recordings-uploader",
            Password = password,
            Path = "/my-recordings-path/",
        });
    }

    public static async Task<CallflowResult> CallWithRecordingAsync(IVoiceClient voice)
    {
        // 2. Ask for the recording on makeCall; 8x8 documents callRecording in call action replies, and whether
        //    POST /callflows honours it is unconfirmed, so the SDK sends it in both.
        Callflow callflow = new CallflowBuilder()
            .MakeCall(source: "+6568332048", destination: "+6591178965", callRecording: true)
            .Say("This call is recorded for quality purposes.", "en-US-JennyNeural")
            .Build();
        return await voice.Callflows.SendAsync(callflow);
    }

    public static async Task ShowStatusAsync(IVoiceClient voice, string sessionId)
    {
        // 4. Ask 8x8 where the session's recordings stand, for example after a VRU event or instead of one.
        RecordingList list = await voice.Recordings.GetStatusAsync(sessionId);
        foreach (Evo8x8.Client.Voice.Recordings.Recording recording in list.Recordings)
        {
            Console.WriteLine($"Recording {recording.RecordingId}: {recording.Status} at {recording.ExternalFileUrl}");
        }
    }
}
