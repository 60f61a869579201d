using Evo8x8.Client.Core.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>Makes registered CCAI Apps API clients over their named <see cref="HttpClient"/>.</summary>
internal sealed class CcaiAppsClientFactory(
    IHttpClientFactory httpClients,
    IOptionsMonitor<CcaiAppsClientOptions> options,
    IEnumerable<ClientRegistration> registrations) : ICcaiAppsClientFactory
{
    public ICcaiAppsClient Create(string name)
    {
        ClientRegistration registration = ClientRegistration.Require(
            registrations, typeof(CcaiAppsClientOptions), name, nameof(CcaiAppsServiceCollectionExtensions.AddCcaiApps));
        return new CcaiAppsClient(options.Get(name), httpClients.CreateClient(registration.HttpClientName), limiter: null, fromFactory: true);
    }
}
