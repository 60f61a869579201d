using NodaTime;

namespace Evo8x8.Client.Testing;

/// <summary>
/// What the emulator accepts and how it behaves: the credentials it checks, its clock, the speech profiles it
/// knows and the caller IDs it allows. The defaults need no setting at all. <see cref="ToString"/> masks secrets.
/// </summary>
public sealed class Evo8x8EmulatorOptions
{
    /// <summary>The 8x8 API key accepted as <c>Authorization: Bearer</c>; any other gets 401.</summary>
    public string ApiKey { get; set; } = "emulator-api-key";

    /// <summary>The one 8x8 subaccount that exists; any other gets 404 "SubAccount not found by Id".</summary>
    public string SubAccountId { get; set; } = "emulator_subaccount";

    /// <summary>The Evo Voice user name accepted by HTTP Basic.</summary>
    public string EvoUserName { get; set; } = "emulator@example.com";

    /// <summary>The Evo Voice password accepted by HTTP Basic.</summary>
    public string EvoPassword { get; set; } = "emulator-password";

    /// <summary>The CCAI Platform subdomain the emulator accepts as the Apps API's Basic user name.</summary>
    public string CcaiSubdomain { get; set; } = "emulator";

    /// <summary>The CCAI Platform API token the emulator accepts.</summary>
    public string CcaiApiToken { get; set; } = "emulator-ccai-token";

    /// <summary>
    /// The Evo Voice roles of that user. The default, <c>User</c> and <c>Manager</c>, allows every operation; without
    /// <c>Manager</c> or <c>SystemAdministrator</c>, outgoing flow calls and active calls get 403 "Invalid Role".
    /// </summary>
    public IReadOnlyList<string> EvoRoles { get; set; } = ["User", "Manager"];

    /// <summary>
    /// True makes <c>GET /sessions/{id}</c> answer an empty log, as Evo's command-line tool says Evo does; listings
    /// (<c>specificIds</c>) still carry it. False (the default) answers the log everywhere. Evo's own sources disagree.
    /// </summary>
    public bool EvoGetStripsLog { get; set; }

    /// <summary>
    /// The clock the emulator follows; <see langword="null"/> (the default) stands still at
    /// <see cref="EmulatorClock.DefaultStart"/> until advanced, so timestamps are the same on every run.
    /// </summary>
    public IClock? Clock { get; set; }

    /// <summary>The speech profiles <c>GET /speech-profiles</c> lists; a callflow naming any other gets -1002.</summary>
    public IReadOnlyList<EmulatedSpeechProfile> SpeechProfiles { get; set; } = EmulatedSpeechProfile.Defaults;

    /// <summary>The subaccount's virtual numbers, as <c>GET …/numbers</c> lists them and VNU events report them.</summary>
    public IReadOnlyList<EmulatedVirtualNumber> VirtualNumbers { get; set; } = EmulatedVirtualNumber.Defaults;

    /// <summary>The port of 127.0.0.1 to listen on; 0 (the default) takes a free one, a fixed one suits a process others connect to.</summary>
    public int Port { get; set; }

    /// <summary>The caller IDs a <c>makeCall</c> source may use (-1014 otherwise); <see langword="null"/> allows any.</summary>
    public IReadOnlyCollection<string>? AllowedSources { get; set; }

    /// <summary>How long a webhook receiver may take to answer before the delivery counts as failed (real time).</summary>
    public Duration WebhookTimeout { get; set; } = Duration.FromSeconds(10);

    /// <summary>
    /// Host names the emulator answers besides its loopback names (<c>127.0.0.1</c>, <c>localhost</c>, <c>::1</c>);
    /// <see langword="null"/> (the default) answers those only, and any other <c>Host</c> header gets 403, so a web page
    /// served under another name that resolves here (DNS rebinding) cannot reach it.
    /// </summary>
    public IReadOnlyCollection<string>? AllowedHosts { get; set; }

    /// <summary>
    /// Host names a registered webhook URL may point at besides loopback; <see langword="null"/> (the default) allows
    /// loopback only and answers any other with 422, so the emulator cannot relay requests, with an Authorization
    /// value the caller chose, to other machines.
    /// </summary>
    public IReadOnlyCollection<string>? AllowedWebhookHosts { get; set; }

    /// <summary>
    /// How many of the most recent requests <see cref="Evo8x8Emulator.Requests"/> keeps (1,000 by default); older
    /// ones are dropped, so a long-running emulator does not keep every header and body it was sent.
    /// </summary>
    public int RecordedRequestLimit { get; set; } = 1000;

    /// <summary>Shows the settings with every secret masked.</summary>
    public override string ToString()
        => $"Evo8x8EmulatorOptions {{ SubAccountId = {SubAccountId}, EvoUserName = {EvoUserName}, ApiKey = ***, EvoPassword = *** }}";

    /// <summary>Throws when a setting cannot work.</summary>
    internal void Check()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ApiKey, nameof(ApiKey));
        ArgumentException.ThrowIfNullOrWhiteSpace(SubAccountId, nameof(SubAccountId));
        ArgumentException.ThrowIfNullOrWhiteSpace(EvoUserName, nameof(EvoUserName));
        ArgumentException.ThrowIfNullOrEmpty(EvoPassword, nameof(EvoPassword));
        ArgumentNullException.ThrowIfNull(SpeechProfiles, nameof(SpeechProfiles));
        ArgumentNullException.ThrowIfNull(VirtualNumbers, nameof(VirtualNumbers));
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "The port must be 0 (a free one) or from 1 to 65535.");
        }

        ArgumentNullException.ThrowIfNull(EvoRoles, nameof(EvoRoles));
        if (RecordedRequestLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RecordedRequestLimit), RecordedRequestLimit, "At least one request must be kept.");
        }

        if (WebhookTimeout <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(WebhookTimeout), WebhookTimeout, "The webhook timeout must be positive.");
        }
    }

    /// <summary>Whether <paramref name="host"/> is a loopback name or one of <paramref name="allowed"/>.</summary>
    internal static bool IsAllowedHost(string host, IReadOnlyCollection<string>? allowed)
        => host is "127.0.0.1" or "localhost" or "[::1]" or "::1"
            || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out System.Net.IPAddress? address) && System.Net.IPAddress.IsLoopback(address))
            || (allowed?.Contains(host, StringComparer.OrdinalIgnoreCase) ?? false);
}
