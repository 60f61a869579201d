using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice;

/// <summary>
/// 8x8's <c>statusCode</c> for a callflow request: <see cref="Created"/> (1) on success, a negative code that
/// names the rule the request broke otherwise. Codes 8x8 adds later are kept as they are, never thrown on.
/// </summary>
[JsonConverter(typeof(WireCodeJsonConverter<CallflowStatusCode>))]
public readonly record struct CallflowStatusCode(int Value) : IWireCode<CallflowStatusCode>
{
    /// <summary>1: the callflow was accepted and a session created.</summary>
    public static CallflowStatusCode Created { get; } = new(1);

    /// <summary>-1001: the request body is not valid JSON.</summary>
    public static CallflowStatusCode InvalidJson { get; } = new(-1001);

    /// <summary>-1002: the speech profile or language is not one 8x8 offers.</summary>
    public static CallflowStatusCode InvalidSpeechProfile { get; } = new(-1002);

    /// <summary>-1003: <c>minDigits</c> was given without a valid <c>maxDigits</c>.</summary>
    public static CallflowStatusCode MaxDigitsRequiredWithMinDigits { get; } = new(-1003);

    /// <summary>-1004: the DTMF callback URL is missing (legacy <c>say&amp;capture</c> form).</summary>
    public static CallflowStatusCode DtmfCallbackUrlMissing { get; } = new(-1004);

    /// <summary>-1005: <c>digitTimeout</c> was given without a valid <c>overallTimeout</c>.</summary>
    public static CallflowStatusCode OverallTimeoutRequired { get; } = new(-1005);

    /// <summary>-1006: <c>overallTimeout</c> is not greater than <c>digitTimeout</c>.</summary>
    public static CallflowStatusCode OverallTimeoutNotAboveDigitTimeout { get; } = new(-1006);

    /// <summary>-1007: an action type 8x8 does not know.</summary>
    public static CallflowStatusCode InvalidActionType { get; } = new(-1007);

    /// <summary>-1008: <c>completeOnHash</c> is false but no valid <c>maxDigits</c> was given.</summary>
    public static CallflowStatusCode MaxDigitsRequiredWithoutHash { get; } = new(-1008);

    /// <summary>-1009: an entry is missing or invalid; 8x8's message names its JSON path.</summary>
    public static CallflowStatusCode InvalidEntry { get; } = new(-1009);

    /// <summary>-1010: an action appears more often than allowed (for example a third <c>makeCall</c>).</summary>
    public static CallflowStatusCode TooManyActions { get; } = new(-1010);

    /// <summary>-1011: several destination numbers were found in the request.</summary>
    public static CallflowStatusCode MultipleDestinations { get; } = new(-1011);

    /// <summary>-1012: <c>hangup</c> is used somewhere other than once, at the end.</summary>
    public static CallflowStatusCode IncorrectHangup { get; } = new(-1012);

    /// <summary>-1013: the first action is not <c>makeCall</c>.</summary>
    public static CallflowStatusCode FirstActionNotMakeCall { get; } = new(-1013);

    /// <summary>-1014: the source or caller ID is not allowed for this account.</summary>
    public static CallflowStatusCode SourceNotAllowed { get; } = new(-1014);

    /// <summary>-1015: <c>validUntil</c> has already passed.</summary>
    public static CallflowStatusCode ValidityExpired { get; } = new(-1015);

    /// <summary>-1016: the content holds characters 8x8 does not accept.</summary>
    public static CallflowStatusCode InvalidCharacters { get; } = new(-1016);

    /// <summary>-1017: the destination is not a valid MSISDN.</summary>
    public static CallflowStatusCode InvalidDestination { get; } = new(-1017);

    /// <summary>-1018: an execute-scenario action is mixed with other actions.</summary>
    public static CallflowStatusCode ScenarioMixedWithActions { get; } = new(-1018);

    /// <summary>-1019: <c>scenarioName</c> is null or empty.</summary>
    public static CallflowStatusCode ScenarioNameEmpty { get; } = new(-1019);

    /// <summary>-1020: <c>scenarioName</c> is invalid or the account may not use it.</summary>
    public static CallflowStatusCode ScenarioNameInvalid { get; } = new(-1020);

    /// <summary>-9999: 8x8 reports an unknown error.</summary>
    public static CallflowStatusCode Unknown { get; } = new(-9999);

    /// <summary>True only for <see cref="Created"/>.</summary>
    public bool IsSuccess => Value == 1;

    /// <summary>8x8's documented meaning of the code, or <see langword="null"/> for a code the SDK does not know.</summary>
    public string? Description => Value switch
    {
        1 => "Created",
        -1001 => "Invalid JSON request body",
        -1002 => "Speech profile or language parameter invalid",
        -1003 => "Valid maxDigits required when minDigits provided",
        -1004 => "DTMF callback url not provided",
        -1005 => "Valid overallTimeout is required when digitTimeout provided",
        -1006 => "OverallTimeout should be greater than digitTimeout",
        -1007 => "Invalid action type was used",
        -1008 => "Valid maxDigits is required when completeOnHash is false",
        -1009 => "Invalid call flow entry provided",
        -1010 => "Some actions are provided beyond the allowed count",
        -1011 => "Multiple destination phone numbers found in the request",
        -1012 => "Invalid Callflow : Incorrect use of action Hangup",
        -1013 => "Invalid Callflow : First action should be a MakeCall action",
        -1014 => "Source or caller ID is not allowed",
        -1015 => "The validity period of the call flow request has expired",
        -1016 => "Invalid Callflow Content: Some special characters are invalid/unaccepted",
        -1017 => "Invalid MSISDN format in Destination",
        -1018 => "Execute Scenario cannot be processed together with other actions",
        -1019 => "Invalid Callflow Content: scenarioName is null or empty",
        -1020 => "Invalid scenarioName or no permission to use it",
        -9999 => "An unknown error has occurred.",
        _ => null,
    };

    int IWireCode<CallflowStatusCode>.Code => Value;

    static CallflowStatusCode IWireCode<CallflowStatusCode>.FromCode(int code) => new(code);

    /// <summary>The number as 8x8 sends it, for example <c>-1002</c>.</summary>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
