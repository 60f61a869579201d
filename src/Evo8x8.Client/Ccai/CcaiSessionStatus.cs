using System.Globalization;
using System.Text.Json.Serialization;
using Evo8x8.Client.Ccai.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// The <c>status</c> of a CCAI Platform session, with the names and numbers of Google's documentation
/// (<c>scheduled</c> 0 … <c>voicemail_received</c> 81), plus the chat statuses that have no number. Files carry it
/// as a number, its snake-case name or its display name (<c>81</c>, <c>voicemail_received</c>,
/// <c>Voicemail Received</c>); all read to the same, equal value, and a number or name the platform adds later is
/// kept as it came, never thrown on.
/// </summary>
[JsonConverter(typeof(CcaiSessionStatusJsonConverter))]
public readonly record struct CcaiSessionStatus
{
    private CcaiSessionStatus(int? code, string? name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>0: the call is scheduled to take place at a given time in the future.</summary>
    public static CcaiSessionStatus Scheduled { get; } = new(0, "scheduled");

    /// <summary>1: waiting in a queue for an available agent.</summary>
    public static CcaiSessionStatus Queued { get; } = new(1, "queued");

    /// <summary>2: assigned to a specific agent.</summary>
    public static CcaiSessionStatus Assigned { get; } = new(2, "assigned");

    /// <summary>3: the agent is establishing the connection.</summary>
    public static CcaiSessionStatus Connecting { get; } = new(3, "connecting");

    /// <summary>4: moving between states.</summary>
    public static CcaiSessionStatus Switching { get; } = new(4, "switching");

    /// <summary>5: agent and end-user are connected.</summary>
    public static CcaiSessionStatus Connected { get; } = new(5, "connected");

    /// <summary>8: the session has been completed.</summary>
    public static CcaiSessionStatus Finished { get; } = new(8, "finished");

    /// <summary>9: the session failed; <see cref="SessionMetadata.FailReason"/> says why.</summary>
    public static CcaiSessionStatus Failed { get; } = new(9, "failed");

    /// <summary>10: a failed session was retried and completed.</summary>
    public static CcaiSessionStatus Recovered { get; } = new(10, "recovered");

    /// <summary>11: completed with a deflection (<see cref="SessionMetadata.Deflection"/> says to what).</summary>
    public static CcaiSessionStatus Deflected { get; } = new(11, "deflected");

    /// <summary>12: the caller is choosing from a menu before being queued (IVR only).</summary>
    public static CcaiSessionStatus Selecting { get; } = new(12, "selecting");

    /// <summary>13: assigned to a virtual agent.</summary>
    public static CcaiSessionStatus VaAssigned { get; } = new(13, "va_assigned");

    /// <summary>14: connected to a virtual agent.</summary>
    public static CcaiSessionStatus VaConnected { get; } = new(14, "va_connected");

    /// <summary>15: initial state of a campaign call, connecting to the dialer to preview customer data.</summary>
    public static CcaiSessionStatus PreviewPending { get; } = new(15, "preview_pending");

    /// <summary>16: preview data received from the dialer; ready for further processing.</summary>
    public static CcaiSessionStatus PreviewReady { get; } = new(16, "preview_ready");

    /// <summary>17: the agent intends to take the campaign call and it is being connected.</summary>
    public static CcaiSessionStatus CampaignConnecting { get; } = new(17, "campaign_connecting");

    /// <summary>18: the campaign call is connected.</summary>
    public static CcaiSessionStatus CampaignConnected { get; } = new(18, "campaign_connected");

    /// <summary>19: handled by an agent, failed, and queued again.</summary>
    public static CcaiSessionStatus Requeued { get; } = new(19, "requeued");

    /// <summary>20: the agent waits for a predictive campaign call to connect.</summary>
    public static CcaiSessionStatus PredictiveWaiting { get; } = new(20, "predictive_waiting");

    /// <summary>21: the agent waits for a progressive campaign call to connect.</summary>
    public static CcaiSessionStatus ProgressiveWaiting { get; } = new(21, "progressive_waiting");

    /// <summary>22: the agent waits for a preview campaign call to connect.</summary>
    public static CcaiSessionStatus PreviewWaiting { get; } = new(22, "preview_waiting");

    /// <summary>23: the campaign call is dialing out to the end-user.</summary>
    public static CcaiSessionStatus CampaignDialing { get; } = new(23, "campaign_dialing");

    /// <summary>80: the call is in voicemail.</summary>
    public static CcaiSessionStatus Voicemail { get; } = new(80, "voicemail");

    /// <summary>81: a voicemail was received from the caller and recorded.</summary>
    public static CcaiSessionStatus VoicemailReceived { get; } = new(81, "voicemail_received");

    /// <summary>Chat only: the end-user stopped answering before the chat was served (no documented number).</summary>
    public static CcaiSessionStatus NoResponse { get; } = new(null, "no_response");

    /// <summary>Chat only: the end-user cancelled the chat (no documented number).</summary>
    public static CcaiSessionStatus Canceled { get; } = new(null, "canceled");

    /// <summary>Every status Google documents: the numbered ones in number order, then the chat statuses without a number.</summary>
    public static IReadOnlyList<CcaiSessionStatus> Known { get; } =
    [
        Scheduled, Queued, Assigned, Connecting, Switching, Connected, Finished, Failed, Recovered, Deflected,
        Selecting, VaAssigned, VaConnected, PreviewPending, PreviewReady, CampaignConnecting, CampaignConnected,
        Requeued, PredictiveWaiting, ProgressiveWaiting, PreviewWaiting, CampaignDialing, Voicemail, VoicemailReceived,
        NoResponse, Canceled,
    ];

    /// <summary>The documented number; <see langword="null"/> when the file gave a name the SDK does not know.</summary>
    public int? Code { get; }

    /// <summary>The documented name (for example <c>va_connected</c>); <see langword="null"/> when the file gave a number the SDK does not know.</summary>
    public string? Name { get; }

    /// <summary>
    /// What equal statuses share, as text: the number when there is one, else the name in its one spelling
    /// (<c>no_response</c>); <see langword="null"/> for an empty value. Groups or stores statuses where text is compared exactly.
    /// </summary>
    public string? Key
        => Code is { } code ? code.ToString(CultureInfo.InvariantCulture)
            : Name is { } name ? CcaiVocabularyKey.ToKey(name) : null;

    /// <summary>True when the value is one of <see cref="Known"/>.</summary>
    public bool IsKnown => Name is not null && (Code is not null || Known.Contains(this));

    /// <summary>The status with this number: a known one, or an unknown one that keeps the number.</summary>
    /// <param name="code">The number as the file carries it.</param>
    /// <returns>The matching <see cref="Known"/> value, or a new value holding <paramref name="code"/>.</returns>
    public static CcaiSessionStatus FromCode(int code)
    {
        foreach (CcaiSessionStatus known in Known)
        {
            if (known.Code == code)
            {
                return known;
            }
        }

        return new(code, null);
    }

    /// <summary>
    /// The status with this name, in snake-case or display form (case and separators ignored): a known one, or an
    /// unknown one that keeps the text.
    /// </summary>
    /// <param name="name">The name as the file carries it.</param>
    /// <returns>The matching <see cref="Known"/> value, or a new value holding <paramref name="name"/>.</returns>
    public static CcaiSessionStatus FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (CcaiSessionStatus known in Known)
        {
            if (CcaiVocabularyKey.Equal(known.Name, name))
            {
                return known;
            }
        }

        return new(null, name);
    }

    /// <summary>Equal when both numbers are equal, or, where a number is missing, when the names are equal ignoring case and separators.</summary>
    /// <param name="other">The status to compare with.</param>
    /// <returns>True when both are the same status.</returns>
    public bool Equals(CcaiSessionStatus other)
        => Code is not null || other.Code is not null ? Code == other.Code : CcaiVocabularyKey.Equal(Name, other.Name);

    /// <summary>A hash consistent with <see cref="Equals(CcaiSessionStatus)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Code ?? CcaiVocabularyKey.Hash(Name);

    /// <summary>The name when there is one, otherwise the number.</summary>
    public override string ToString() => Name ?? Code?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
