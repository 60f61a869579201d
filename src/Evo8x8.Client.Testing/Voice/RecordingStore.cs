using System.Collections.Concurrent;
using NodaTime;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>
/// The subaccount's recording push configuration and the recordings of its sessions: a session is recorded when a
/// connected <c>makeCall</c> asked for <c>callRecording</c> and a push configuration existed when it ended.
/// </summary>
internal sealed class RecordingStore
{
    private readonly ConcurrentDictionary<string, EmulatedRecording> _bySession = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte> _sessions = new(StringComparer.OrdinalIgnoreCase);
    private PushConfig? _config;

    public PushConfig? Config => Volatile.Read(ref _config);

    public void Configure(PushConfig? config) => Volatile.Write(ref _config, config);

    public void SessionAccepted(string sessionId) => _sessions[sessionId] = 0;

    public bool KnowsSession(string sessionId) => _sessions.ContainsKey(sessionId);

    public EmulatedRecording? Of(string sessionId) => _bySession.GetValueOrDefault(sessionId);

    public void Add(EmulatedRecording recording) => _bySession[recording.SessionId] = recording;

    public void Clear()
    {
        _bySession.Clear();
        _sessions.Clear();
        Configure(null);
    }
}

/// <summary>A push configuration as accepted; the password is kept only to say that one is set.</summary>
internal sealed record PushConfig(string Protocol, string Host, int Port, string Username, bool PasswordSet, string Path)
{
    public override string ToString() => $"{Protocol} {Host}:{Port}{Path} as {Username}";
}

/// <summary>One uploaded recording of a session.</summary>
internal sealed record EmulatedRecording(string RecordingId, string SessionId, Instant Started, Duration Length, string FilePath, string ExternalFileUrl);
