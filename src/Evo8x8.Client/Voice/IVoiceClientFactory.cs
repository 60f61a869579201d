namespace Evo8x8.Client.Voice;

/// <summary>
/// Makes the 8x8 clients registered by name with <c>AddEightByEightVoice(name, …)</c>, one per subaccount or
/// tenant. Thread-safe; inject it as a singleton.
/// </summary>
public interface IVoiceClientFactory
{
    /// <summary>
    /// Makes the client registered as <paramref name="name"/> (the empty string for the default one). It is cheap:
    /// make one per unit of work rather than keeping it for the application's lifetime, so that pooled
    /// connections are recycled.
    /// </summary>
    /// <param name="name">The name given at registration.</param>
    /// <returns>A client over the registration's pooled <see cref="HttpClient"/>.</returns>
    /// <exception cref="InvalidOperationException">No client of that name was registered.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The client's options are wrong; the message says which and how to fix them.</exception>
    IVoiceClient Create(string name);
}
