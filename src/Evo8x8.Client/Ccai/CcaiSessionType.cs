using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// A CCAI Platform session type (<c>call_type</c>, <c>session_type</c>, <c>session_type_v2</c>), such as
/// <c>Voice inbound (Mobile)</c> or <c>Messaging (Whatsapp)</c>. The display form and the snake-case form of a type
/// are equal (<c>Voice Inbound</c>, <c>voice_inbound</c>): case, spaces, underscores and brackets are ignored, because
/// Google's pages and files spell one type several ways. A type the platform adds later is kept with its text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<CcaiSessionType>))]
public readonly partial record struct CcaiSessionType(string Value) : IWireValue<CcaiSessionType>
{
    /// <summary>Standard inbound PSTN call.</summary>
    public static CcaiSessionType VoiceInbound { get; } = new("Voice inbound");

    /// <summary>Inbound call through the IVR.</summary>
    public static CcaiSessionType VoiceInboundIvr { get; } = new("Voice Inbound (IVR)");

    /// <summary>Fallback PSTN call made from the mobile SDK.</summary>
    public static CcaiSessionType VoiceInboundIvrByMobile { get; } = new("Voice inbound (IVR by Mobile)");

    /// <summary>Call placed by an end-user from an installed mobile SDK.</summary>
    public static CcaiSessionType VoiceInboundMobile { get; } = new("Voice inbound (Mobile)");

    /// <summary>Callback requested from the Web SDK.</summary>
    public static CcaiSessionType VoiceCallbackWeb { get; } = new("Voice callback (Web)");

    /// <summary>Inbound call started through the API.</summary>
    public static CcaiSessionType VoiceInboundApi { get; } = new("Voice inbound (API)");

    /// <summary>Call scheduled from an installed mobile SDK.</summary>
    public static CcaiSessionType VoiceScheduledMobile { get; } = new("Voice scheduled (Mobile)");

    /// <summary>Call scheduled from an installed Web SDK.</summary>
    public static CcaiSessionType VoiceScheduledWeb { get; } = new("Voice scheduled (Web)");

    /// <summary>Scheduled call created through the Apps API.</summary>
    public static CcaiSessionType VoiceScheduledApi { get; } = new("Voice Scheduled (API)");

    /// <summary>Call an agent placed by dialing a number.</summary>
    public static CcaiSessionType VoiceOutbound { get; } = new("Voice outbound");

    /// <summary>Outbound call started through the API.</summary>
    public static CcaiSessionType VoiceOutboundApi { get; } = new("Voice outbound (API)");

    /// <summary>Call placed by the outbound dialer of a campaign.</summary>
    public static CcaiSessionType VoiceCampaign { get; } = new("Voice Campaign");

    /// <summary>Chat started through WhatsApp.</summary>
    public static CcaiSessionType MessagingWhatsapp { get; } = new("Messaging (Whatsapp)");

    /// <summary>Inbound SMS chat.</summary>
    public static CcaiSessionType MessagingInboundSms { get; } = new("Messaging inbound (SMS)");

    /// <summary>Outbound SMS chat.</summary>
    public static CcaiSessionType MessagingOutboundSms { get; } = new("Messaging outbound (SMS)");

    /// <summary>Outbound SMS chat started through the API.</summary>
    public static CcaiSessionType MessagingOutboundSmsByApi { get; } = new("Messaging outbound (SMS by API)");

    /// <summary>Chat started from an installed Web SDK.</summary>
    public static CcaiSessionType MessagingWeb { get; } = new("Messaging (Web)");

    /// <summary>Chat started from an installed mobile SDK.</summary>
    public static CcaiSessionType MessagingMobile { get; } = new("Messaging (Mobile)");

    /// <summary>Inbound chat from an app (legacy <c>chat_type</c> vocabulary).</summary>
    public static CcaiSessionType MessagingInboundAppChat { get; } = new("Messaging Inbound (App Chat)");

    /// <summary>Inbound chat from a web page (legacy <c>chat_type</c> vocabulary).</summary>
    public static CcaiSessionType MessagingInboundWebChat { get; } = new("Messaging Inbound (Web Chat)");

    /// <summary>SMS chat (legacy <c>chat_type</c> vocabulary).</summary>
    public static CcaiSessionType MessagingSms { get; } = new("Messaging (SMS)");

    /// <summary>True for a voice session: every voice type, known or not, starts with <c>Voice</c>.</summary>
    public bool IsVoice => Value?.StartsWith("Voice", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>True for a chat session: every chat type, known or not, starts with <c>Messaging</c>.</summary>
    public bool IsMessaging => Value?.StartsWith("Messaging", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// The type in the one spelling all its forms share, such as <c>voice_inbound_api</c>: equal types have equal keys,
    /// so the key groups or stores types where text is compared exactly (a database column, a dictionary key).
    /// </summary>
    public string Key => Value is null ? string.Empty : CcaiVocabularyKey.ToKey(Value);

    /// <summary>Compares the letters and digits of the type text ignoring case, so display and snake-case forms are equal.</summary>
    /// <param name="other">The type to compare with.</param>
    /// <returns>True when both name the same type.</returns>
    public bool Equals(CcaiSessionType other) => CcaiVocabularyKey.Equal(Value, other.Value);

    /// <summary>A hash consistent with <see cref="Equals(CcaiSessionType)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => CcaiVocabularyKey.Hash(Value);
}
