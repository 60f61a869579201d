using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.Hosting;

/// <summary>A request handed to an operation: the HTTP context and the body already read (and recorded).</summary>
internal sealed record EmulatorRequest(HttpContext Context, string Body)
{
    public string RouteValue(string name) => Context.Request.RouteValues[name]?.ToString() ?? string.Empty;

    public string? Query(string name) => Context.Request.Query.TryGetValue(name, out var values) ? values.ToString() : null;
}
