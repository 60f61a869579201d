using System.Globalization;
using System.Text.Json;
using Evo8x8.Client.Testing.Hosting;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Evo8x8.Client.Testing.Sessions;

/// <summary>
/// Evo Voice's sessions API: <c>POST /sessions</c> and <c>GET /sessions/{id}</c> (the seeds), and, after Evo's
/// CLI, <c>GET /sessions</c> paged by a 0-based <c>page</c> and <c>countPerPage</c> (default 25) and
/// <c>DELETE /sessions/{id}</c>, which ends the session and answers it. Sessions are listed oldest first.
/// </summary>
internal sealed class EvoSessionsEndpoint(EvoGate gate, string userName, IClock clock)
{
    private const int DefaultCountPerPage = 25;

    private readonly object _gate = new();
    private readonly List<EvoSession> _sessions = [];

    public async Task CreateAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request).ConfigureAwait(false))
        {
            return;
        }

        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(request.Body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            root = default;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            await ResponseStatusJson.WriteAsync(request.Context, StatusCodes.Status400BadRequest, "SerializationException", "Could not deserialize 'application/json' request using NewSession").ConfigureAwait(false);
            return;
        }

        FieldError? problem = EvoSession.TryRead(root, Guid.NewGuid().ToString("N"), userName, clock.GetCurrentInstant(), out EvoSession? session);
        if (problem is not null)
        {
            await ResponseStatusJson.WriteAsync(request.Context, StatusCodes.Status400BadRequest, problem.ErrorCode, $"Unable to bind to request 'NewSession': {problem.Message}", problem).ConfigureAwait(false);
            return;
        }

        lock (_gate)
        {
            _sessions.Add(session!);
        }

        await WriteAsync(request.Context, session!).ConfigureAwait(false);
    }

    public async Task GetAsync(EmulatorRequest request)
    {
        if (await gate.AdmitAsync(request).ConfigureAwait(false) && await FindAsync(request).ConfigureAwait(false) is { } session)
        {
            await WriteAsync(request.Context, session).ConfigureAwait(false);
        }
    }

    public async Task EndAsync(EmulatorRequest request)
    {
        if (await gate.AdmitAsync(request).ConfigureAwait(false) && await FindAsync(request).ConfigureAwait(false) is { } session)
        {
            lock (_gate)
            {
                if (!session.Ended)
                {
                    Instant now = clock.GetCurrentInstant();
                    session.Ended = true;
                    session.CallState = "Disconnected";
                    session.DateCompleted = now;
                    session.DateLastModified = now;
                    session.Log.Add((now, "Session ended"));
                }
            }

            await WriteAsync(request.Context, session).ConfigureAwait(false);
        }
    }

    public async Task ListAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request).ConfigureAwait(false))
        {
            return;
        }

        if (!TryNumber(request.Query("page"), 0, out int page) || !TryNumber(request.Query("countPerPage"), DefaultCountPerPage, out int countPerPage) || countPerPage == 0)
        {
            await ResponseStatusJson.WriteAsync(request.Context, StatusCodes.Status400BadRequest, "ArgumentException", "page must be 0 or more and countPerPage 1 or more").ConfigureAwait(false);
            return;
        }

        string json;
        lock (_gate)
        {
            json = JsonAnswer.Compose(writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("items");
                foreach (EvoSession session in _sessions.Skip(page * countPerPage).Take(countPerPage))
                {
                    SessionInfoJson.Write(writer, session);
                }

                writer.WriteEndArray();
                writer.WriteNumber("totalCount", _sessions.Count);
                writer.WriteNumber("totalPages", (_sessions.Count + countPerPage - 1) / countPerPage);
                writer.WriteBoolean("hasMorePages", (long)(page + 1) * countPerPage < _sessions.Count);
                writer.WriteEndObject();
            });
        }

        await JsonAnswer.WriteRawAsync(request.Context, StatusCodes.Status200OK, json).ConfigureAwait(false);
    }

    private async Task<EvoSession?> FindAsync(EmulatorRequest request)
    {
        string id = request.RouteValue("id");
        EvoSession? session;
        lock (_gate)
        {
            session = _sessions.Find(s => s.Id == id);
        }

        if (session is null)
        {
            await ResponseStatusJson.WriteAsync(request.Context, StatusCodes.Status404NotFound, "NotFound", $"Session '{id}' does not exist").ConfigureAwait(false);
        }

        return session;
    }

    private Task WriteAsync(HttpContext context, EvoSession session)
    {
        string json;
        lock (_gate)
        {
            json = JsonAnswer.Compose(writer => SessionInfoJson.Write(writer, session));
        }

        return JsonAnswer.WriteRawAsync(context, StatusCodes.Status200OK, json);
    }

    private static bool TryNumber(string? text, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrEmpty(text) || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 0);
    }
}
