namespace Evo8x8.Client.Ccai.Apps;

/// <summary>
/// Makes the CCAI Apps API clients registered by name with <c>AddCcaiApps(name, …)</c>, one per tenant.
/// Thread-safe; inject it as a singleton.
/// </summary>
public interface ICcaiAppsClientFactory
{
    /// <summary>Makes the client registered as <paramref name="name"/> (the empty string for the default one); cheap, make one per unit of work.</summary>
    /// <param name="name">The name given at registration.</param>
    /// <returns>A client over the registration's pooled <see cref="HttpClient"/>, sharing its tenant's request budget.</returns>
    /// <exception cref="InvalidOperationException">No client of that name was registered.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The client's options are wrong; the message says which and how to fix them.</exception>
    ICcaiAppsClient Create(string name);
}
