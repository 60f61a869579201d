namespace Evo8x8.Client.Evo;

/// <summary>
/// The body of <c>POST /sessions</c>: a session to create. Start from <see cref="OutgoingCall"/> and adjust it with
/// <c>with { … }</c>, or fill the properties yourself; whatever is left <see langword="null"/> is not sent and Evo's
/// default applies.
/// </summary>
/// <example>
/// <code>
/// NewSession call = NewSession.OutgoingCall("+15551234567", fromPhoneNumber: "+15557654321") with { DisplayName = "Follow-up" };
/// </code>
/// </example>
public sealed record NewSession
{
    /// <summary>A display name for the session.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The kind of session; Evo treats a missing value as <see cref="FlowChannel.Voice"/>.</summary>
    public FlowChannel? Channel { get; init; }

    /// <summary>The session's direction; Evo defaults it to <see cref="SessionDirection.Outgoing"/>.</summary>
    public SessionDirection? Direction { get; init; }

    /// <summary>The session's initial call state; Evo defaults it to <see cref="SessionCallState.Connected"/>.</summary>
    public SessionCallState? CallState { get; init; }

    /// <summary>The From address; Evo defaults it to the authenticated user's email address.</summary>
    public string? FromAddress { get; init; }

    /// <summary>The From name.</summary>
    public string? FromName { get; init; }

    /// <summary>The To address.</summary>
    public string? ToAddress { get; init; }

    /// <summary>A parent session, for example to bill this one with it.</summary>
    public string? ParentSessionId { get; init; }

    /// <summary>A customer to associate the session with.</summary>
    public string? CustomerId { get; init; }

    /// <summary>For a chat: the user or team to chat with, as <c>user:userId</c> or <c>team:teamId</c>.</summary>
    public string? WithAddress { get; init; }

    /// <summary>The caller ID to present when dialing out.</summary>
    public string? FromPhoneNumber { get; init; }

    /// <summary>The dialed destination (a phone number for a call).</summary>
    public string? Destination { get; init; }

    /// <summary>Email addresses of users to add as members.</summary>
    public IReadOnlyList<string>? MemberEmailAddresses { get; init; }

    /// <summary>Whether Evo starts the session's flow right away; <see langword="false"/> (Evo's default) only records the session.</summary>
    public bool StartSession { get; init; }

    /// <summary>
    /// An outgoing voice session to <paramref name="destination"/>: channel <see cref="FlowChannel.Voice"/> and
    /// direction <see cref="SessionDirection.Outgoing"/>; the call state is left to Evo's default,
    /// <see cref="SessionCallState.Connected"/>, and <see cref="StartSession"/> to <see langword="false"/>.
    /// </summary>
    /// <param name="destination">The number to dial, for example <c>+15551234567</c>.</param>
    /// <param name="fromPhoneNumber">The caller ID to present; Evo chooses when <see langword="null"/>.</param>
    /// <returns>The session to pass to <see cref="ISessionsApi.CreateAsync"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is empty.</exception>
    public static NewSession OutgoingCall(string destination, string? fromPhoneNumber = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        return new NewSession
        {
            Channel = FlowChannel.Voice,
            Direction = SessionDirection.Outgoing,
            Destination = destination,
            FromPhoneNumber = fromPhoneNumber,
        };
    }
}
