namespace Evo8x8.Client.Testing;

/// <summary>
/// One channel's External Session Events settings, as entered in CCAI Platform's Developer Settings &gt; Session Data
/// Export: the API endpoint and the HTTP Basic user name and password the platform sends. <see cref="ToString"/> masks the password.
/// </summary>
/// <param name="url">Your receiver's endpoint for this channel.</param>
/// <param name="userName">The Basic user name your receiver expects.</param>
/// <param name="password">The Basic password your receiver expects.</param>
public sealed class EmulatedSessionEventsEndpoint(Uri url, string userName, string password)
{
    /// <summary>Your receiver's endpoint for this channel.</summary>
    public Uri Url { get; } = url ?? throw new ArgumentNullException(nameof(url));

    /// <summary>The Basic user name sent.</summary>
    public string UserName { get; } = userName ?? throw new ArgumentNullException(nameof(userName));

    /// <summary>The Basic password sent; never shown by <see cref="ToString"/>.</summary>
    public string Password { get; } = password ?? throw new ArgumentNullException(nameof(password));

    /// <summary>Shows the endpoint and user name, never the password.</summary>
    /// <returns>The settings without the password.</returns>
    public override string ToString() => $"EmulatedSessionEventsEndpoint {{ Url = {Url}, UserName = {UserName}, Password = *** }}";
}
