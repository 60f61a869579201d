using Evo8x8.Client.Core;
using Evo8x8.Client.Voice.LogExports;
using Evo8x8.Client.Voice.Numbers;
using Evo8x8.Client.Voice.Recordings;
using Evo8x8.Client.Voice.SpeechProfiles;
using Evo8x8.Client.Voice.WebhookRegistrations;

namespace Evo8x8.Client.Voice;

/// <summary>8x8's Voice API v1 for one subaccount, one property per resource; mock it in tests of your own code.</summary>
/// <remarks>
/// Every operation returns a typed result or throws an <see cref="Evo8x8ApiException"/>; to read the raw answer of any
/// operation as well (status, headers, body), open a <see cref="RawResponseCapture"/> around the call.
/// </remarks>
public interface IVoiceClient
{
    /// <summary>Sends callflows: voice messages and IVR calls.</summary>
    ICallflowsApi Callflows { get; }

    /// <summary>Lists the text-to-speech voices a callflow may name.</summary>
    ISpeechProfilesApi SpeechProfiles { get; }

    /// <summary>Registers, lists and removes the URLs 8x8 posts voice events to.</summary>
    IWebhookRegistrationsApi WebhookRegistrations { get; }

    /// <summary>Reads, sets and removes the storage 8x8 uploads call recordings to.</summary>
    IRecordingPushConfigApi RecordingPushConfig { get; }

    /// <summary>Reads where the recordings of a session stand.</summary>
    IRecordingsApi Recordings { get; }

    /// <summary>Lists and checks the subaccount's virtual numbers.</summary>
    INumbersApi Numbers { get; }

    /// <summary>Starts, polls and cancels voice log export jobs.</summary>
    ILogExportsApi LogExports { get; }
}
