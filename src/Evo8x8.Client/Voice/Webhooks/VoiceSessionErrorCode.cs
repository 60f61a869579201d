using System.Globalization;
using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The <c>errorCode</c> of a session summary's error details (-2001 … -2010, -9999). 8x8 documents it as a
/// string but sends a number; both are read, and text that is not a number is kept as it is.
/// </summary>
/// <remarks>
/// 8x8's own failure sample pairs the message "No coverage available for requested area" with -2005, while its
/// table gives -2004 for that message: trust the error message over <see cref="Description"/> when they disagree.
/// </remarks>
/// <param name="Text">The code exactly as sent, for example <c>-2005</c>.</param>
[JsonConverter(typeof(WireValueJsonConverter<VoiceSessionErrorCode>))]
public readonly partial record struct VoiceSessionErrorCode(string Text) : IWireValue<VoiceSessionErrorCode>
{
    /// <summary>-2001: an internal error has occurred.</summary>
    public static VoiceSessionErrorCode InternalError { get; } = new("-2001");

    /// <summary>-2002: an internal connectivity error has occurred.</summary>
    public static VoiceSessionErrorCode InternalConnectivityError { get; } = new("-2002");

    /// <summary>-2003: the call flow provided is invalid.</summary>
    public static VoiceSessionErrorCode InvalidCallflow { get; } = new("-2003");

    /// <summary>-2004: no coverage is available for the requested area.</summary>
    public static VoiceSessionErrorCode NoCoverage { get; } = new("-2004");

    /// <summary>-2005: the text could not be synthesized to speech.</summary>
    public static VoiceSessionErrorCode TextToSpeechFailed { get; } = new("-2005");

    /// <summary>-2006: the audio file could not be downloaded.</summary>
    public static VoiceSessionErrorCode FileDownloadFailed { get; } = new("-2006");

    /// <summary>-2007: the validity period of the callflow expired before it ran.</summary>
    public static VoiceSessionErrorCode ValidityExpired { get; } = new("-2007");

    /// <summary>-2008: the source number or caller ID is not whitelisted.</summary>
    public static VoiceSessionErrorCode SourceNotWhitelisted { get; } = new("-2008");

    /// <summary>-2009: the scenario parameters are invalid.</summary>
    public static VoiceSessionErrorCode InvalidScenarioParameters { get; } = new("-2009");

    /// <summary>-2010: the trunk's capacity was exceeded.</summary>
    public static VoiceSessionErrorCode TrunkCapacityExceeded { get; } = new("-2010");

    /// <summary>-9999: an unknown error has occurred.</summary>
    public static VoiceSessionErrorCode Unknown { get; } = new("-9999");

    /// <summary>The code as a number, or <see langword="null"/> when 8x8 sent text that is not a whole number.</summary>
    public int? Number => int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number) ? number : null;

    /// <summary>8x8's documented meaning of the code, or <see langword="null"/> for a code the SDK does not know.</summary>
    public string? Description => Number switch
    {
        -2001 => "An internal error has occurred",
        -2002 => "An internal connectivity error has occurred",
        -2003 => "The call flow provided is invalid",
        -2004 => "No coverage available for requested area",
        -2005 => "Unable to synthesize text to speech",
        -2006 => "Unable to download the file",
        -2007 => "The validity period of the call flow has expired",
        -2008 => "The provided source MSISDN or caller ID is not whitelisted.",
        -2009 => "Invalid scenario parameters",
        -2010 => "Trunk capacity exceeded",
        -9999 => "An unknown error has occurred.",
        _ => null,
    };
}
