using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>
/// The emulated Evo sessions, shared by every Evo operation: reads and changes happen under one lock, and each change
/// takes its time from the emulator's clock. Sessions older than <see cref="ArchiveAge"/> count as archived.
/// </summary>
internal sealed class EvoSessionStore(IClock clock)
{
    // Creation dates only: on the frozen default clock, sessions created one after another still get ordered dates,
    // while every other time (logs, messages, archive age) stays the emulator clock's own.
    private readonly DistinctStampClock _creationStamps = new(clock);

    /// <summary>Evo's CLI: archived sessions are those older than 15 days.</summary>
    public static readonly Duration ArchiveAge = Duration.FromDays(15);

    private readonly object _lock = new();
    private readonly List<EvoSession> _sessions = [];

    public Instant Now => clock.GetCurrentInstant();

    /// <summary>The date for a new session: the emulator clock's time, a second after the last one when it has not moved.</summary>
    public Instant NextCreationStamp() => _creationStamps.GetCurrentInstant();

    public void Add(EvoSession session)
    {
        lock (_lock)
        {
            _sessions.Add(session);
        }
    }

    public T Read<T>(Func<IReadOnlyList<EvoSession>, Instant, T> read)
    {
        lock (_lock)
        {
            return read(_sessions, clock.GetCurrentInstant());
        }
    }

    public T Change<T>(EvoSession session, Func<EvoSession, Instant, T> change)
    {
        lock (_lock)
        {
            return change(session, clock.GetCurrentInstant());
        }
    }

    public int RemoveAll(Predicate<EvoSession> match)
    {
        lock (_lock)
        {
            return _sessions.RemoveAll(match);
        }
    }

    /// <summary>The session of the route's <c>{id}</c>; answers ServiceStack's 404 when there is none.</summary>
    public async Task<EvoSession?> FindAsync(EmulatorRequest request)
    {
        string id = request.RouteValue("id");
        EvoSession? session;
        lock (_lock)
        {
            session = _sessions.Find(s => s.Id == id);
        }

        if (session is null)
        {
            await ResponseStatusJson.WriteAsync(request.Context, StatusCodes.Status404NotFound, "NotFound", $"Session '{id}' does not exist").ConfigureAwait(false);
        }

        return session;
    }

    /// <summary>Answers the session as Evo's <c>SessionInfo</c>.</summary>
    public Task WriteAsync(HttpContext context, EvoSession session, bool withLog = true)
    {
        string json;
        lock (_lock)
        {
            json = JsonAnswer.Compose(writer => SessionInfoJson.Write(writer, session, withLog));
        }

        return JsonAnswer.WriteRawAsync(context, StatusCodes.Status200OK, json);
    }
}
