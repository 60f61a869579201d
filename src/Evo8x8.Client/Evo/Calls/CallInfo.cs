using System.Text.Json.Serialization;
using Evo8x8.Client.Evo.Json;

namespace Evo8x8.Client.Evo.Calls;

/// <summary>
/// A live call leg as <c>GET /calls/active</c> lists it (Evo's <c>CallInfo</c>). The field names follow Twilio's call
/// records; Evo's reference gives no descriptions, so the remarks on each field are the SDK's reading of the names.
/// </summary>
public sealed class CallInfo
{
    /// <summary>The call's SID; a session's <see cref="SessionInfo.CallSid"/> names the same kind of value.</summary>
    public string? Sid { get; init; }

    /// <summary>The SID of the call this leg was created from, if any.</summary>
    public string? ParentCallSid { get; init; }

    /// <summary>The telephony account the call belongs to.</summary>
    public string? AccountSid { get; init; }

    /// <summary>A note attached to the call (absent from some of Evo's captures).</summary>
    public string? Annotation { get; init; }

    /// <summary>Who or what answered, as Evo sends it.</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>The caller's name, if known.</summary>
    public string? CallerName { get; init; }

    /// <summary>When the call record was created.</summary>
    [JsonConverter(typeof(EvoTimestampJsonConverter))]
    public EvoTimestamp? DateCreated { get; init; }

    /// <summary>When the call record last changed.</summary>
    [JsonConverter(typeof(EvoTimestampJsonConverter))]
    public EvoTimestamp? DateUpdated { get; init; }

    /// <summary>The call's direction as Evo sends it (Evo types it as free text).</summary>
    public string? Direction { get; init; }

    /// <summary>The call's length as Evo sends it (seconds for Twilio records; Evo's reference does not say).</summary>
    public int Duration { get; init; }

    /// <summary>When the call ended; empty while it goes on.</summary>
    [JsonConverter(typeof(EvoTimestampJsonConverter))]
    public EvoTimestamp? EndTime { get; init; }

    /// <summary>The number the call was forwarded from, if any.</summary>
    public string? ForwardedFrom { get; init; }

    /// <summary>The calling party.</summary>
    public string? From { get; init; }

    /// <summary>The calling party, formatted for display.</summary>
    public string? FromFormatted { get; init; }

    /// <summary>The SID of the phone number the call came in on or went out from.</summary>
    public string? PhoneNumberSid { get; init; }

    /// <summary>What the call cost so far, in <see cref="PriceUnit"/>.</summary>
    public decimal Price { get; init; }

    /// <summary>The currency of <see cref="Price"/>, for example <c>USD</c>.</summary>
    public string? PriceUnit { get; init; }

    /// <summary>When the call started.</summary>
    [JsonConverter(typeof(EvoTimestampJsonConverter))]
    public EvoTimestamp? StartTime { get; init; }

    /// <summary>The call's status as Evo sends it (Evo types it as free text, for example <c>in-progress</c>).</summary>
    public string? Status { get; init; }

    /// <summary>The called party.</summary>
    public string? To { get; init; }

    /// <summary>The called party, formatted for display.</summary>
    public string? ToFormatted { get; init; }

    /// <summary>The call record's address at the telephony provider.</summary>
    public string? Uri { get; init; }
}
