using Evo8x8.Client.Core.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.Voice;

/// <summary>Makes registered 8x8 clients over their named <see cref="HttpClient"/>.</summary>
internal sealed class VoiceClientFactory(
    IHttpClientFactory httpClients,
    IOptionsMonitor<VoiceClientOptions> options,
    IEnumerable<ClientRegistration> registrations,
    CallflowValidationOptions? validation = null) : IVoiceClientFactory
{
    public IVoiceClient Create(string name)
    {
        ClientRegistration registration = ClientRegistration.Require(
            registrations, typeof(VoiceClientOptions), name, nameof(VoiceServiceCollectionExtensions.AddEightByEightVoice));
        // IOptionsMonitor validated these options when it first built them (and at start-up): not again per client.
        return new VoiceClient(options.Get(name), httpClients.CreateClient(registration.HttpClientName), validation, fromFactory: true);
    }
}
