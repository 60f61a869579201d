using Evo8x8.Client.Core.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.Evo;

/// <summary>Makes registered Evo clients over their named <see cref="HttpClient"/>.</summary>
internal sealed class EvoVoiceClientFactory(
    IHttpClientFactory httpClients,
    IOptionsMonitor<EvoVoiceClientOptions> options,
    IEnumerable<ClientRegistration> registrations) : IEvoVoiceClientFactory
{
    public IEvoVoiceClient Create(string name)
    {
        ClientRegistration registration = ClientRegistration.Require(
            registrations, typeof(EvoVoiceClientOptions), name, nameof(EvoVoiceServiceCollectionExtensions.AddEvoVoice));
        return new EvoVoiceClient(options.Get(name), httpClients.CreateClient(registration.HttpClientName), fromFactory: true);
    }
}
