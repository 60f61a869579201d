using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// What logs, traces and metrics may say about a request: its service, verb and route template, all fixed text
/// of this package that can hold no id, phone number or credential.
/// </summary>
/// <param name="Service">The service name, for example <c>8x8</c>.</param>
/// <param name="Method">The HTTP verb.</param>
/// <param name="RouteTemplate">
/// The route template, <c>(download link)</c> for a link the service gave (a log export's file), or
/// <c>(unknown route)</c> for a request sent by other code.
/// </param>
internal readonly record struct RequestFacts(string Service, string Method, string RouteTemplate)
{
    /// <summary>Reads the facts Refit and the client settings attached to <paramref name="request"/>.</summary>
    public static RequestFacts Of(HttpRequestMessage request)
        => new(
            request.Options.TryGetValue(ApiRequestOptions.Service, out ServiceDefinition? service) ? service.Name : "(unknown service)",
            request.Method.Method,
            request.Options.TryGetValue(ApiRequestOptions.RouteTemplate, out string? template)
                ? template.Length == 0 ? "(download link)" : Template(template)
                : "(unknown route)");

    // Refit's templates are this package's constants, so there are few; each is trimmed once.
    private static readonly ConcurrentDictionary<string, string> Templates = new(StringComparer.Ordinal);

    /// <summary>Refit's templates start with a slash; messages and tags show them relative to the base address.</summary>
    private static string Template(string template)
        => !template.StartsWith('/') ? template
            : Templates.TryGetValue(template, out string? trimmed) ? trimmed
            : Templates.Count < 1024 ? Templates.GetOrAdd(template, static text => text[1..])
            : template[1..];

    /// <summary>What an outcome is called in tags and logs: the status code, or the error's type name.</summary>
    public static string Outcome(HttpStatusCode? status, Exception? exception)
        => status is { } code ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : exception?.GetType().Name ?? "unknown";

    /// <summary>The tags of metrics, following OpenTelemetry's HTTP names where one exists.</summary>
    public TagList Tags(string outcome)
        => new()
        {
            { "evo8x8.service", Service },
            { "http.request.method", Method },
            { "url.template", RouteTemplate },
            { "evo8x8.outcome", outcome },
        };
}
