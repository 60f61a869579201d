using Microsoft.Extensions.Configuration;

namespace Evo8x8.Client.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A configuration source whose whole content a test replaces, raising the same reload signal a changed
/// appsettings.json or a secret store raises.
/// </summary>
public sealed class ReloadableConfiguration : ConfigurationProvider, IConfigurationSource
{
    public ReloadableConfiguration(IDictionary<string, string?> values) => Data = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    public void Replace(IDictionary<string, string?> values)
    {
        Data = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);
        OnReload();
    }
}
