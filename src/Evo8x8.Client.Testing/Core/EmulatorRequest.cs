using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Evo8x8.Client.Testing.Core;

/// <summary>
/// A request handed to an operation: the HTTP context, the body already read (and recorded), and where the
/// operation notes a refusal so tests can read why (<see cref="Evo8x8Emulator.Diagnostics"/>).
/// </summary>
internal sealed record EmulatorRequest(HttpContext Context, string Body, EmulatorRoute Route, DiagnosticLog Log, IClock Clock)
{
    /// <summary>Whether the operation recorded why it refused this request.</summary>
    public bool RefusalNoted { get; private set; }

    public string RouteValue(string name) => Context.Request.RouteValues[name]?.ToString() ?? string.Empty;

    public string? Query(string name) => Context.Request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>Records a refusal this request is about to be answered with.</summary>
    public void Refused(int httpStatus, int statusCode, string message, string? jsonPath = null, string? value = null)
    {
        RefusalNoted = true;
        Log.Add(new EmulatorDiagnostic(Route, httpStatus, statusCode, message, jsonPath, value, SessionId: null, Clock.GetCurrentInstant()));
    }
}
