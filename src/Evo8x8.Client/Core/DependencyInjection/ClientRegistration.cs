namespace Evo8x8.Client.Core.DependencyInjection;

/// <summary>
/// One client registered in a service collection: which options it reads, under which name, through which
/// named <see cref="HttpClient"/>, and where its settings came from (for messages).
/// </summary>
/// <param name="OptionsType">The options type, which tells the 8x8 and Evo registrations apart.</param>
/// <param name="Name">The registration name; empty for the default client.</param>
/// <param name="Kind">What the client is called in messages, for example <c>8x8 voice client</c>.</param>
/// <param name="ConfigurationPath">The configuration section the options were bound from, if any.</param>
internal sealed record ClientRegistration(Type OptionsType, string Name, string Kind, string? ConfigurationPath)
{
    /// <summary>The name of the <see cref="HttpClient"/>, kept apart from the application's own clients.</summary>
    public string HttpClientName => Name.Length == 0 ? $"Evo8x8.{OptionsType.Name}" : $"Evo8x8.{OptionsType.Name}:{Name}";

    /// <summary>"8x8 voice client 'tenantA' (configuration section 'Tenants:A')": how messages name the client.</summary>
    public string Describe()
        => Kind
            + (Name.Length == 0 ? string.Empty : $" '{Name}'")
            + (ConfigurationPath is null ? string.Empty : $" (configuration section '{ConfigurationPath}')");

    /// <summary>The registration of <paramref name="name"/> for <paramref name="optionsType"/>, the last one made; <see langword="null"/> when none.</summary>
    public static ClientRegistration? Find(IEnumerable<ClientRegistration> registrations, Type optionsType, string name)
        => registrations.LastOrDefault(r => r.OptionsType == optionsType && r.Name == name);

    /// <summary>Finds the registration of <paramref name="name"/>, or says which call would have made it.</summary>
    public static ClientRegistration Require(IEnumerable<ClientRegistration> registrations, Type optionsType, string name, string registerMethod)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Find(registrations, optionsType, name)
            ?? throw new InvalidOperationException(
                $"No client named '{name}' is registered; call services.{registerMethod}(\"{name}\", …) at start-up.");
    }
}
