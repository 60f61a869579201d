using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The <c>sessionStatus</c> of a session summary: how the voice session ended, including the three opt-out
/// outcomes. Values 8x8 adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<VoiceSessionStatus>))]
public readonly partial record struct VoiceSessionStatus(string Value) : IWireValue<VoiceSessionStatus>
{
    /// <summary><c>COMPLETED</c>: the calls were answered and the flow ran to its end.</summary>
    public static VoiceSessionStatus Completed { get; } = new("COMPLETED");

    /// <summary><c>NO_ANSWER</c>: the called party did not answer.</summary>
    public static VoiceSessionStatus NoAnswer { get; } = new("NO_ANSWER");

    /// <summary><c>BUSY</c>: the called party was busy.</summary>
    public static VoiceSessionStatus Busy { get; } = new("BUSY");

    /// <summary><c>CANCELED</c>: the session was canceled before it completed.</summary>
    public static VoiceSessionStatus Canceled { get; } = new("CANCELED");

    /// <summary><c>FAILED</c>: the call could not be completed.</summary>
    public static VoiceSessionStatus Failed { get; } = new("FAILED");

    /// <summary><c>ERROR</c>: 8x8 hit an error; the summary's error details say which.</summary>
    public static VoiceSessionStatus Error { get; } = new("ERROR");

    /// <summary><c>COMPLETED_UNSUBSCRIBED</c>: the user opted out during the call.</summary>
    public static VoiceSessionStatus CompletedUnsubscribed { get; } = new("COMPLETED_UNSUBSCRIBED");

    /// <summary><c>COMPLETED_UNSUB_ERROR</c>: the user opted out but adding them to the blacklist failed.</summary>
    public static VoiceSessionStatus CompletedUnsubscribeError { get; } = new("COMPLETED_UNSUB_ERROR");

    /// <summary><c>UNSUBSCRIBED_CONTACT</c>: the contact was already in the blacklist group, so no call was made.</summary>
    public static VoiceSessionStatus UnsubscribedContact { get; } = new("UNSUBSCRIBED_CONTACT");

    /// <summary>True for the three opt-out outcomes, which mean: do not call this contact again.</summary>
    public bool IsOptOut => this == CompletedUnsubscribed || this == CompletedUnsubscribeError || this == UnsubscribedContact;
}
