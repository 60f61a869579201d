using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Evo.Json;

namespace Evo8x8.Client.Evo;

/// <summary>What Evo Voice hands the shared HTTP pipeline: its name, error reader and JSON contracts.</summary>
internal static class EvoService
{
    /// <summary>Evo Voice's REST API.</summary>
    public static readonly ServiceDefinition Definition = new("Evo", EvoErrorReader.Read, EvoJsonContext.Wire);

    /// <summary>An Evo answer that must be a JSON object; <paramref name="what"/> names it in the error.</summary>
    public static Task<T> RequireAsync<T>(Task<T> call, string what)
        where T : class
        => Definition.RequireAsync(call, what);
}
